package io.newslens.summary.analysis.stance;

import io.newslens.summary.analysis.text.Tokenizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds of FNC-1 training pairs by topic, as hard as the competition test: no claim and no closely
 * related claim on both sides.
 * <p>
 * A claim group is a connected group of headlines and bodies joined by related pairs (one story's
 * claim). FNC-1 has many claim groups per story (a dozen on the Apple Watch, several on ISIS
 * hostages or on Kim Jong-un), so a split by claim group still trains on the held-out claims'
 * neighbours. Claim groups are therefore joined into topics: two groups are one topic when their
 * tf-idf vectors (headlines and bodies, stems) have a cosine of at least {@link #LINK}. Whole topics
 * go to one fold; a pair belongs to a fold only when its headline and its body both do (pairs
 * across folds are dropped, as the test has none).
 */
final class TopicSplit {

    /** Cosine above which two claim groups are one topic (single linkage). */
    static final double LINK = 0.2;
    static final long SEED = 2017;
    static final int FOLDS = 5;

    final int folds;
    final int claimGroups;
    final int topics;
    final int largestTopicPairs;
    private final Map<String, String> groupOf;
    private final Map<String, Integer> foldOf;

    private TopicSplit(int folds, Map<String, String> groupOf, Map<String, Integer> foldOf, int claimGroups, int topics,
                       int largestTopicPairs) {
        this.folds = folds;
        this.groupOf = groupOf;
        this.foldOf = foldOf;
        this.claimGroups = claimGroups;
        this.topics = topics;
        this.largestTopicPairs = largestTopicPairs;
    }

    /** Fold of a pair, -1 when its headline and its body fall in different folds. */
    int fold(Fnc1Csv.Pair p) {
        int fb = foldOf.get("b:" + p.bodyId());
        return foldOf.get("h:" + p.headline()) == fb ? fb : -1;
    }

    /**
     * The pairs of fold k (held out) or of all other folds (training). A headline loses the unrelated
     * pairs whose body went to the other side; it gets as many back, drawn (seeded) among the bodies on
     * its side from other claim groups, as FNC-1 drew them: so both sides keep FNC-1's share of
     * unrelated pairs.
     */
    List<Fnc1Csv.Pair> select(List<Fnc1Csv.Pair> pairs, int k, boolean heldOut) {
        List<Fnc1Csv.Pair> out = new ArrayList<>();
        Map<String, Integer> missing = new TreeMap<>();
        Map<String, Set<String>> paired = new HashMap<>();
        TreeSet<String> sideBodies = new TreeSet<>();
        for (Fnc1Csv.Pair p : pairs) {
            boolean hSide = (foldOf.get("h:" + p.headline()) == k) == heldOut;
            boolean bSide = (foldOf.get("b:" + p.bodyId()) == k) == heldOut;
            if (bSide) sideBodies.add(p.bodyId());
            if (!hSide) continue;
            paired.computeIfAbsent(p.headline(), x -> new HashSet<>()).add(p.bodyId());
            if (bSide) out.add(p);
            else if ("unrelated".equals(p.stance())) missing.merge(p.headline(), 1, Integer::sum);
        }
        List<String> bodyList = new ArrayList<>(sideBodies);
        Random rnd = new Random(SEED + k);
        for (Map.Entry<String, Integer> e : missing.entrySet()) {
            String h = e.getKey();
            String group = groupOf.get("h:" + h);
            List<String> candidates = new ArrayList<>();
            for (String b : bodyList) {
                if (!groupOf.get("b:" + b).equals(group) && !paired.get(h).contains(b)) candidates.add(b);
            }
            Collections.shuffle(candidates, rnd);
            for (String b : candidates.subList(0, Math.min(e.getValue(), candidates.size()))) {
                out.add(new Fnc1Csv.Pair(h, b, "unrelated"));
            }
        }
        return out;
    }

    static TopicSplit of(Map<String, String> bodies, List<Fnc1Csv.Pair> pairs, int folds, double link) {
        // claim groups
        UnionFind groups = new UnionFind();
        for (Fnc1Csv.Pair p : pairs) {
            groups.add("h:" + p.headline());
            groups.add("b:" + p.bodyId());
            if (!"unrelated".equals(p.stance())) groups.union("h:" + p.headline(), "b:" + p.bodyId());
        }
        TreeMap<String, List<String>> members = new TreeMap<>();
        for (String k : new TreeSet<>(groups.keys())) members.computeIfAbsent(groups.find(k), x -> new ArrayList<>()).add(k);
        List<String> roots = new ArrayList<>(members.keySet());

        // tf-idf vector of each group
        List<Map<String, Double>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String r : roots) {
            Map<String, Double> v = new HashMap<>();
            for (String m : members.get(r)) {
                String text = m.startsWith("h:") ? m.substring(2) : bodies.get(m.substring(2));
                for (String s : Tokenizer.contentStems(text)) v.merge(s, 1.0, Double::sum);
            }
            for (String s : v.keySet()) df.merge(s, 1, Integer::sum);
            tf.add(v);
        }
        int n = roots.size();
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = tf.get(i);
            double t = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey()));
                e.setValue(w);
                t += w * w;
            }
            norm[i] = Math.sqrt(t);
        }
        // topics: single linkage over the cosine
        UnionFind topicOf = new UnionFind();
        for (String r : roots) topicOf.add(r);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dot = 0;
                Map<String, Double> a = tf.get(i).size() < tf.get(j).size() ? tf.get(i) : tf.get(j);
                Map<String, Double> b = a == tf.get(i) ? tf.get(j) : tf.get(i);
                for (Map.Entry<String, Double> e : a.entrySet()) {
                    Double w = b.get(e.getKey());
                    if (w != null) dot += e.getValue() * w;
                }
                if (norm[i] > 0 && norm[j] > 0 && dot / (norm[i] * norm[j]) >= link) topicOf.union(roots.get(i), roots.get(j));
            }
        }
        // pairs per topic, then topics to folds: shuffled, each to the fold with the fewest pairs so far
        Map<String, Integer> pairsPerTopic = new TreeMap<>();
        for (Fnc1Csv.Pair p : pairs) pairsPerTopic.merge(topicOf.find(groups.find("b:" + p.bodyId())), 1, Integer::sum);
        List<String> topicList = new ArrayList<>(pairsPerTopic.keySet());
        Collections.shuffle(topicList, new Random(SEED));
        long[] load = new long[folds];
        Map<String, Integer> foldOfTopic = new HashMap<>();
        for (String t : topicList) {
            int best = 0;
            for (int k = 1; k < folds; k++) if (load[k] < load[best]) best = k;
            foldOfTopic.put(t, best);
            load[best] += pairsPerTopic.get(t);
        }
        Map<String, String> groupOf = new HashMap<>();
        Map<String, Integer> foldOf = new HashMap<>();
        for (String key : groups.keys()) {
            String g = groups.find(key);
            groupOf.put(key, g);
            foldOf.put(key, foldOfTopic.get(topicOf.find(g)));
        }
        int largest = pairsPerTopic.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new TopicSplit(folds, groupOf, foldOf, n, foldOfTopic.size(), largest);
    }

    /** Union-find over names; the smaller name of a group is its root, whatever the order of the unions. */
    static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String x) {
            parent.putIfAbsent(x, x);
        }

        Set<String> keys() {
            return parent.keySet();
        }

        String find(String x) {
            String r = x;
            while (!parent.get(r).equals(r)) r = parent.get(r);
            while (!parent.get(x).equals(r)) {
                String next = parent.get(x);
                parent.put(x, r);
                x = next;
            }
            return r;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.equals(rb)) return;
            // the smaller name becomes the root: deterministic whatever the order of the unions
            if (ra.compareTo(rb) < 0) parent.put(rb, ra); else parent.put(ra, rb);
        }
    }
}
