package io.newslens.summary.analysis.summary;

import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** How central each sentence is: cosine of its tf-idf vector (idf over the article's sentences) with the whole. */
public final class Centrality {

    private Centrality() {
    }

    public static double[] of(List<Sentence> sentences) {
        int n = sentences.size();
        List<Map<String, Integer>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, Double> doc = new HashMap<>();
        for (Sentence s : sentences) {
            Map<String, Integer> c = new HashMap<>();
            for (String st : Tokenizer.contentStems(s.text())) c.merge(st, 1, Integer::sum);
            tf.add(c);
            for (String st : new HashSet<>(c.keySet())) df.merge(st, 1, Integer::sum);
        }
        Map<String, Double> idf = new HashMap<>();
        df.forEach((k, v) -> idf.put(k, Math.log((n + 1.0) / v)));
        for (Map<String, Integer> c : tf) c.forEach((k, v) -> doc.merge(k, v * idf.get(k), Double::sum));
        double docNorm = norm(doc.values());
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double dot = 0;
            List<Double> vals = new ArrayList<>();
            for (Map.Entry<String, Integer> e : tf.get(i).entrySet()) {
                double w = e.getValue() * idf.get(e.getKey());
                vals.add(w);
                dot += w * doc.get(e.getKey());
            }
            double sn = norm(vals);
            out[i] = sn == 0 || docNorm == 0 ? 0 : dot / (sn * docNorm);
        }
        return out;
    }

    private static double norm(java.util.Collection<Double> v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }
}
