package io.newslens.search.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid mode's fusion: each ranking's scores scaled to 0..1 over its own window (min-max: its best hit 1, its
 * last 0), then {@code weight * keyword + (1 - weight) * semantic}, a document missing from a ranking scoring 0
 * there. Chosen with bench/relevance over reciprocal rank fusion (k 10..60, weighted), z-scores and max-scaling:
 * min-max with equal weights ranked best on the tuning half (docs/relevance.md). Unlike rank fusion it keeps how
 * far apart the hits of a ranking are: a clear keyword winner stays ahead of a crowd of near-equal vectors.
 */
public final class ScoreFusion {

    /** The keyword ranking's weight (the semantic one has 1 - this). */
    public static final double KEYWORD_WEIGHT = 0.5;

    /** A ranked id with its score, best first. */
    public record Scored(String id, double score) {
    }

    private ScoreFusion() {
    }

    /** Ids by fused score, best first (ties: first seen, keyword before semantic), with their fused scores. */
    public static LinkedHashMap<String, Double> fuse(List<Scored> keyword, List<Scored> semantic) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        add(keyword, KEYWORD_WEIGHT, scores, firstSeen);
        add(semantic, 1 - KEYWORD_WEIGHT, scores, firstSeen);
        List<String> ids = new ArrayList<>(scores.keySet());
        ids.sort(Comparator.<String>comparingDouble(scores::get).reversed().thenComparing(firstSeen::get));
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, scores.get(id)));
        return out;
    }

    private static void add(List<Scored> ranking, double weight, Map<String, Double> scores, Map<String, Integer> firstSeen) {
        if (ranking.isEmpty()) {
            return;
        }
        double best = ranking.get(0).score();
        double last = ranking.get(ranking.size() - 1).score();
        for (Scored s : ranking) {
            double scaled = best > last ? (s.score() - last) / (best - last) : 1.0;
            scores.merge(s.id(), weight * scaled, Double::sum);
            firstSeen.putIfAbsent(s.id(), firstSeen.size());
        }
    }
}
