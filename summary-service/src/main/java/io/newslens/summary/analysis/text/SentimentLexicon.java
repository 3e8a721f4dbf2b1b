package io.newslens.summary.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word polarity from the shipped lexicon ({@code analysis/sentiment-lexicon.txt}); a negator in the
 * three words before a polar word flips it.
 */
public final class SentimentLexicon {

    private static final Set<String> NEGATORS = Words.of("not", "no", "never", "without", "nor", "neither",
            "hardly", "barely", "lacks", "lack", "lacking", "don't", "doesn't", "didn't", "isn't", "wasn't",
            "aren't", "weren't", "cannot", "can't", "won't", "wouldn't", "far");

    private static final SentimentLexicon INSTANCE = load();

    private final Map<String, Integer> scores;

    private SentimentLexicon(Map<String, Integer> scores) {
        this.scores = scores;
    }

    public static SentimentLexicon get() {
        return INSTANCE;
    }

    public int score(String word) {
        return scores.getOrDefault(Stemmer.stem(word), 0);
    }

    /** Summed polarity of a token sequence with negation flipping; also counts polar words. */
    public Polarity polarity(List<String> words) {
        int pos = 0;
        int neg = 0;
        for (int i = 0; i < words.size(); i++) {
            int s = score(words.get(i));
            if (s == 0) continue;
            boolean negated = false;
            for (int j = Math.max(0, i - 3); j < i; j++) {
                if (NEGATORS.contains(words.get(j))) negated = true;
            }
            if (negated) s = -s;
            if (s > 0) pos += s; else neg -= s;
        }
        return new Polarity(pos, neg);
    }

    /** Positive and negative mass (both >= 0). */
    public record Polarity(int positive, int negative) {
        public int net() {
            return positive - negative;
        }
    }

    private static SentimentLexicon load() {
        Map<String, Integer> m = new HashMap<>();
        try (InputStream in = SentimentLexicon.class.getResourceAsStream("/analysis/sentiment-lexicon.txt")) {
            if (in == null) throw new IllegalStateException("analysis/sentiment-lexicon.txt missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t");
                m.put(Stemmer.stem(p[0].trim().toLowerCase()), Integer.parseInt(p[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SentimentLexicon(m);
    }
}
