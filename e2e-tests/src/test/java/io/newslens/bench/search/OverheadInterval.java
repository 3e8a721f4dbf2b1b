package io.newslens.bench.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How sure a p99 overhead figure is: a 95 % interval by a paired block bootstrap over the measured blocks.
 * The service's and the direct side's blocks of one round ran back to back, so a round is resampled as a
 * whole: the machine's slow and quiet phases stay paired as they were measured, and requests within a
 * block (which share those phases) are never treated as independent.
 */
final class OverheadInterval {

    static final int RESAMPLES = 2000;

    private OverheadInterval() {
    }

    /** A 95 % interval of an overhead (0.1 = +10 %). */
    record Interval(double low, double high) {
    }

    /** The interval of p99(service) / p99(direct) - 1; rounds are the i-th service and the i-th direct block. */
    static Interval p99Overhead95(List<double[]> serviceBlocks, List<double[]> directBlocks, long seed) {
        if (serviceBlocks.size() != directBlocks.size() || serviceBlocks.isEmpty()) {
            throw new IllegalArgumentException("need as many service as direct blocks, at least one");
        }
        int rounds = serviceBlocks.size();
        Random random = new Random(seed);
        double[] overheads = new double[RESAMPLES];
        int[] pick = new int[rounds];
        for (int k = 0; k < RESAMPLES; k++) {
            for (int i = 0; i < rounds; i++) {
                pick[i] = random.nextInt(rounds);
            }
            overheads[k] = p99(serviceBlocks, pick) / p99(directBlocks, pick) - 1;
        }
        Arrays.sort(overheads);
        return new Interval(overheads[(int) (0.025 * RESAMPLES)], overheads[(int) Math.ceil(0.975 * RESAMPLES) - 1]);
    }

    private static double p99(List<double[]> blocks, int[] pick) {
        List<double[]> picked = new ArrayList<>(pick.length);
        for (int i : pick) {
            picked.add(blocks.get(i));
        }
        return Percentiles.ofBlocks(picked).p99();
    }
}
