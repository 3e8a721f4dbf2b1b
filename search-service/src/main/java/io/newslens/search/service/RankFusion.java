package io.newslens.search.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reciprocal rank fusion: score(d) = sum over rankings of 1 / (k + rank(d)), rank starting at 1. */
public final class RankFusion {

    public static final int K = 60;

    private RankFusion() {
    }

    /** Ids ordered by fused score (ties keep first-seen order), with their scores. */
    public static LinkedHashMap<String, Double> fuse(List<List<String>> rankings) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        int seen = 0;
        for (List<String> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                String id = ranking.get(i);
                scores.merge(id, 1.0 / (K + i + 1), Double::sum);
                if (!firstSeen.containsKey(id)) {
                    firstSeen.put(id, seen++);
                }
            }
        }
        List<String> ids = new ArrayList<>(scores.keySet());
        ids.sort(Comparator.<String>comparingDouble(scores::get).reversed().thenComparing(firstSeen::get));
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, scores.get(id)));
        return out;
    }
}
