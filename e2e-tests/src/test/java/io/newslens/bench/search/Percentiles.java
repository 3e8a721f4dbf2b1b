package io.newslens.bench.search;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of durations in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99) {

    static Percentiles of(double[] millis) {
        double[] s = millis.clone();
        Arrays.sort(s);
        return new Percentiles(s.length, rank(s, 50), rank(s, 95), rank(s, 99));
    }

    private static double rank(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
