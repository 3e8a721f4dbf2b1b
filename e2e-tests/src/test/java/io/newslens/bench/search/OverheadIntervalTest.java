package io.newslens.bench.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverheadIntervalTest {

    private static List<double[]> blocks(long seed, int rounds, double scale) {
        Random r = new Random(seed);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            double[] b = new double[250];
            for (int j = 0; j < b.length; j++) {
                b[j] = scale * Math.exp(1.7 + 0.4 * r.nextGaussian()); // log-normal, median ~5.5 ms
            }
            out.add(b);
        }
        return out;
    }

    private static List<double[]> times(List<double[]> blocks, double factor) {
        return blocks.stream().map(b -> java.util.Arrays.stream(b).map(x -> x * factor).toArray()).toList();
    }

    @Test
    void equalSidesGiveZeroAndAConstantFactorGivesItself() {
        List<double[]> direct = blocks(1, 12, 1);
        assertEquals(new OverheadInterval.Interval(0, 0), OverheadInterval.p99Overhead95(direct, direct, 7));
        OverheadInterval.Interval i = OverheadInterval.p99Overhead95(times(direct, 1.3), direct, 7);
        assertEquals(0.3, i.low(), 1e-9);
        assertEquals(0.3, i.high(), 1e-9);
    }

    @Test
    void noisyBlocksGiveAnIntervalAroundTheFigure() {
        List<double[]> direct = blocks(2, 12, 1);
        List<double[]> service = new ArrayList<>(blocks(3, 12, 1.1));
        service.set(5, times(List.of(service.get(5)), 3).get(0)); // one slow phase of the machine
        double figure = Percentiles.ofBlocks(service).p99() / Percentiles.ofBlocks(direct).p99() - 1;
        OverheadInterval.Interval i = OverheadInterval.p99Overhead95(service, direct, 11);
        assertTrue(i.low() < figure && figure < i.high(), "figure " + figure + " in " + i);
        assertTrue(i.high() - i.low() > 0.1, "one slow block of twelve makes the p99 uncertain: " + i);
    }

    @Test
    void unpairedBlocksAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> OverheadInterval.p99Overhead95(blocks(1, 3, 1), blocks(1, 2, 1), 1));
    }
}
