package io.newslens.summary.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The five seed articles of {@code shared/corpus} with their gold annotations. The article text is
 * the part of the scraped page between the gold bodyStartsWith and bodyEndsWith (what the ingest
 * extractor hands over in production).
 */
public final class SeedArticles {

    public static final Path CORPUS = Path.of(System.getProperty("newslens.corpus.dir", "../testdata/corpus"));

    public record KeyClaim(String text, String type, boolean hedged, String attributedTo) {
    }

    public record Seed(String file, String text, String stance, String thesis, List<KeyClaim> keyClaims) {
    }

    private SeedArticles() {
    }

    public static boolean available() {
        return Files.isRegularFile(CORPUS.resolve("seeds-gold.json"));
    }

    public static String proposition() {
        return gold().get("proposition").asText();
    }

    public static List<Seed> all() {
        List<Seed> out = new ArrayList<>();
        for (JsonNode a : gold().get("articles")) {
            String page = read(CORPUS.resolve("seeds").resolve(a.get("file").asText()));
            String from = a.get("bodyStartsWith").asText();
            String to = a.get("bodyEndsWith").asText();
            int s = page.indexOf(from);
            int e = page.indexOf(to, s);
            if (s < 0 || e < 0) throw new IllegalStateException("body bounds not found in " + a.get("file"));
            List<KeyClaim> claims = new ArrayList<>();
            for (JsonNode c : a.get("keyClaims")) {
                claims.add(new KeyClaim(c.get("text").asText(), c.get("type").asText(), c.get("hedged").asBoolean(),
                        c.hasNonNull("attributedTo") ? c.get("attributedTo").asText() : null));
            }
            out.add(new Seed(a.get("file").asText(), page.substring(s, e + to.length()), a.get("stance").asText(),
                    a.get("thesis").asText(), claims));
        }
        return out;
    }

    private static JsonNode gold() {
        try {
            return new ObjectMapper().readTree(CORPUS.resolve("seeds-gold.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
