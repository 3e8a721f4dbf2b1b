package io.newslens.ingest.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SimHashTest {

    static final Path SEEDS = Path.of(System.getProperty("newslens.corpus.dir", "../testdata/corpus"), "seeds");
    static final String TOP_A = "Home | World | Opinion | Subscribe\nWe use cookies to improve your experience. Accept all\n"
            + "Sign in to read more\nShare this article on Facebook Twitter Email\n";
    static final String BOTTOM_A = "\nRelated: Markets rally as central bank holds rates steady\n"
            + "Most read: Ten things to know before the weekend\nCopyright 2025 Daily Example. All rights reserved.\n";
    static final String TOP_B = "Skip to main content\nMENU Politics Business Tech Culture\n"
            + "This website uses cookies. By continuing you agree to our privacy policy.\nAdvertisement\n";
    static final String BOTTOM_B = "\nRead next: The quiet rise of electric scooters in Paris\n"
            + "Sponsored: Find the best mortgage deals today\n(c) The Example Times 2025. Syndicated content.\n";

    @Test
    void sameOpEdWithDifferentBoilerplateIsNear_unrelatedArticlesAreFar() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed corpus not available");
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(p));
            }
        }
        assumeTrue(seeds.size() >= 2, "need at least two seeds");
        for (String seed : seeds) {
            long a = SimHash.fingerprint(TOP_A + seed + BOTTOM_A);
            long b = SimHash.fingerprint(TOP_B + seed + BOTTOM_B);
            assertTrue(SimHash.distance(a, b) <= 8, "syndicated copy distance " + SimHash.distance(a, b));
        }
        for (int i = 0; i < seeds.size(); i++) {
            for (int j = i + 1; j < seeds.size(); j++) {
                int d = SimHash.distance(SimHash.fingerprint(seeds.get(i)), SimHash.fingerprint(seeds.get(j)));
                assertTrue(d > 16, "unrelated seeds " + i + "," + j + " only " + d + " bits apart");
            }
        }
    }

    @Test
    void identicalTextUpToCaseAndWhitespaceHasTheSameFingerprint() {
        String text = "NATO leaders met in Brussels on Tuesday to discuss defence spending and Ukraine.";
        assertEquals(SimHash.fingerprint(text), SimHash.fingerprint("  nato LEADERS met in\n\nBrussels on Tuesday to "
                + "discuss defence spending and Ukraine. "));
    }

    @Test
    void fingerprintsWithinBandsMinusOneBitsShareABand() {
        Random random = new Random(42);
        for (int trial = 0; trial < 2000; trial++) {
            long fp = random.nextLong();
            long other = fp;
            Set<Integer> flipped = new HashSet<>();
            while (flipped.size() < SimHash.BANDS - 1) {
                flipped.add(random.nextInt(64));
            }
            for (int bit : flipped) {
                other ^= 1L << bit;
            }
            assertTrue(shareBand(SimHash.bands(fp), SimHash.bands(other)));
        }
    }

    @Test
    void bandKeysEncodeTheBandIndex() {
        int[] keys = SimHash.bands(-1L);
        assertEquals(SimHash.BANDS, keys.length);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, keys[i] >>> 16);
            assertEquals(0xff, keys[i] & 0xffff);
        }
        assertEquals("ffffffffffffffff", SimHash.toHex(-1L));
    }

    private static boolean shareBand(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                return true;
            }
        }
        return false;
    }
}
