package io.newslens.entities;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of PER, ORG and LOC, summed over documents, two ways: per document on sets
 * of (surface text, type) (a name counts once per document), and per mention on exact spans (CoNLL).
 */
final class EntityScore {

    static final List<String> TYPES = List.of(Mention.PER, Mention.ORG, Mention.LOC);

    /** tp, fp, fn per type. */
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final boolean documentLevel;

    EntityScore(boolean documentLevel) {
        this.documentLevel = documentLevel;
        TYPES.forEach(t -> counts.put(t, new int[3]));
    }

    void add(List<Mention> gold, List<Mention> found) {
        Set<String> g = keys(gold);
        Set<String> f = keys(found);
        for (String k : f) {
            counts.get(type(k))[g.contains(k) ? 0 : 1]++;
        }
        for (String k : g) {
            if (!f.contains(k)) {
                counts.get(type(k))[2]++;
            }
        }
    }

    private Set<String> keys(List<Mention> mentions) {
        Set<String> out = new HashSet<>();
        for (Mention m : mentions) {
            if (TYPES.contains(m.type())) {
                out.add(m.type() + "\t" + (documentLevel ? m.text() : m.start() + ":" + m.end()));
            }
        }
        return out;
    }

    private static String type(String key) {
        return key.substring(0, key.indexOf('\t'));
    }

    /** {precision, recall, f1} of one type, or of all three when type is null. */
    double[] prf(String type) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (type == null || type.equals(e.getKey())) {
                tp += e.getValue()[0];
                fp += e.getValue()[1];
                fn += e.getValue()[2];
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}
