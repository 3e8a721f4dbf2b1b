package io.newslens.bench.search;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of a set of durations in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99) {

    static Percentiles of(double[] millis) {
        return ofSorted(sorted(millis.clone()));
    }

    /** Of all durations of several blocks (each block's order kept, but that does not matter here). */
    static Percentiles ofBlocks(List<double[]> blocks) {
        int size = 0;
        for (double[] b : blocks) {
            size += b.length;
        }
        double[] all = new double[size];
        int at = 0;
        for (double[] b : blocks) {
            System.arraycopy(b, 0, all, at, b.length);
            at += b.length;
        }
        return ofSorted(sorted(all));
    }

    private static double[] sorted(double[] owned) {
        Arrays.sort(owned);
        return owned;
    }

    private static Percentiles ofSorted(double[] s) {
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
