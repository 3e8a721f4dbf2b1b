package io.newslens.ingest.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction-benchmark metric: Python-Unicode {@code \w+} tokens, 4-token shingles,
 * per-document precision/recall with the benchmark's edge cases, macro-averaged; accuracy is
 * token-list equality.
 */
public final class ShingleMetric {

    public record DocScore(double precision, double recall, long tp, long fp, long fn, boolean exact) {
    }

    public record Summary(double precision, double recall, double f1, double accuracy, int documents) {
    }

    private ShingleMetric() {
    }

    /** Python's {@code \w} on str: letters, numbers (Nd, Nl, No) and underscore; combining marks are not. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < 4) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return counts;
    }

    public static DocScore score(String extracted, String truth) {
        List<String> et = tokens(extracted);
        List<String> tt = tokens(truth);
        Map<List<String>, Integer> e = shingles(et);
        Map<List<String>, Integer> t = shingles(tt);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> en : e.entrySet()) {
            int ti = t.getOrDefault(en.getKey(), 0);
            tp += Math.min(en.getValue(), ti);
            fp += Math.max(0, en.getValue() - ti);
        }
        for (Map.Entry<List<String>, Integer> tn : t.entrySet()) {
            int ei = e.getOrDefault(tn.getKey(), 0);
            fn += Math.max(0, tn.getValue() - ei);
        }
        double precision;
        double recall;
        if (fp == 0 && fn == 0) {
            precision = 1;
            recall = 1;
        } else {
            precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }
        return new DocScore(precision, recall, tp, fp, fn, et.equals(tt));
    }

    public static Summary summarize(List<DocScore> scores) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int rn = 0;
        int exact = 0;
        for (DocScore s : scores) {
            if (s.tp() + s.fp() > 0) {
                p += s.precision();
                pn++;
            }
            if (s.tp() + s.fn() > 0) {
                r += s.recall();
                rn++;
            }
            if (s.exact()) {
                exact++;
            }
        }
        double precision = pn == 0 ? 0 : p / pn;
        double recall = rn == 0 ? 0 : r / rn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, scores.isEmpty() ? 0 : (double) exact / scores.size(),
                scores.size());
    }
}
