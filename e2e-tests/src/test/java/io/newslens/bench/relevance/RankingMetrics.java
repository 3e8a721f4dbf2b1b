package io.newslens.bench.relevance;

import java.util.List;
import java.util.Set;

/** Ranking quality at a cut-off with binary gain: nDCG, recall, reciprocal rank, and whether anything came back. */
final class RankingMetrics {

    private double ndcg;
    private double recall;
    private double mrr;
    private int zeroHits;
    private int queries;

    /** Adds one query: the ids answered (best first, at most {@code k} read) and the relevant ones. */
    void add(List<String> ranked, Set<String> relevant, int k) {
        queries++;
        if (ranked.isEmpty()) {
            zeroHits++;
        }
        double dcg = 0;
        int found = 0;
        double rr = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
                found++;
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        ndcg += ideal == 0 ? 0 : dcg / ideal;
        recall += relevant.isEmpty() ? 0 : (double) found / relevant.size();
        mrr += rr;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    int queries() {
        return queries;
    }

    double ndcg() {
        return queries == 0 ? 0 : ndcg / queries;
    }

    double recall() {
        return queries == 0 ? 0 : recall / queries;
    }

    double mrr() {
        return queries == 0 ? 0 : mrr / queries;
    }

    double zeroHitRate() {
        return queries == 0 ? 0 : (double) zeroHits / queries;
    }

    /** The metrics over the queries of all of {@code parts}. */
    static RankingMetrics merge(Iterable<RankingMetrics> parts) {
        RankingMetrics m = new RankingMetrics();
        for (RankingMetrics p : parts) {
            m.ndcg += p.ndcg;
            m.recall += p.recall;
            m.mrr += p.mrr;
            m.zeroHits += p.zeroHits;
            m.queries += p.queries;
        }
        return m;
    }
}
