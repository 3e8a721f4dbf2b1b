package io.newslens.summary.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Groups of related words ({@code analysis/related-terms.txt}): a stem maps to its group's key, so
 * that "evolve into" meets "become" and "counterweight" meets "counterbalance".
 */
public final class RelatedTerms {

    private static final Map<String, String> KEYS = load();

    private RelatedTerms() {
    }

    /** The group key of a stem (the first word of its group, stemmed), or the stem itself. */
    public static String key(String stem) {
        return KEYS.getOrDefault(stem, stem);
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = RelatedTerms.class.getResourceAsStream("/analysis/related-terms.txt")) {
            if (in == null) throw new IllegalStateException("analysis/related-terms.txt missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] words = line.trim().toLowerCase().split("\\s+");
                String key = "~" + Stemmer.stem(words[0]);
                for (String w : words) m.putIfAbsent(Stemmer.stem(w), key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
