package io.newslens.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Test pages: the shared seed corpus (skipped when absent) and generated unique articles. */
public final class TestPages {

    public static final Path SEEDS = Path.of(System.getProperty("newslens.corpus.dir", "../testdata/corpus"), "seeds");

    private static final String[] WORDS = ("alliance summit minister treaty border tariff election parliament "
            + "coalition ceasefire sanction embassy delegation referendum governor inflation harvest pipeline "
            + "reactor satellite frigate province senate verdict protest archive museum glacier drought monsoon "
            + "vaccine railway harbour festival orchestra library stadium chancellor mayor council budget reform "
            + "strike union dockyard refinery observatory telescope peninsula archipelago canal dam").split(" ");

    private TestPages() {
    }

    /** The n-th seed page (sorted by name); skips the test when the corpus is not there. */
    public static String seed(int n) {
        assumeTrue(Files.isDirectory(SEEDS), "seed corpus " + SEEDS + " not available");
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Path> seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assumeTrue(seeds.size() > n, "seed " + n + " not available");
            return Files.readString(seeds.get(n));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random article (title line + paragraphs) that neither equals nor nearly duplicates any other. */
    public static String uniqueArticle() {
        Random random = new Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder sb = new StringBuilder("Report ").append(UUID.randomUUID()).append("\n\n");
        for (int p = 0; p < 5; p++) {
            for (int w = 0; w < 40; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                sb.append(w % 12 == 11 ? ". " : " ");
            }
            sb.append("officials said.\n\n");
        }
        return sb.toString();
    }
}
