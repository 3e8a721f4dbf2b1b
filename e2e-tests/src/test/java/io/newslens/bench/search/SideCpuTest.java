package io.newslens.bench.search;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SideCpuTest {

    @Test
    void cpuPerRequestAddsUpTheBlocksOfOneSide() {
        SideCpu side = new SideCpu();
        side.add(Map.of("elasticsearch", 1_000_000_000L, "search-service", 500_000_000L),
                Map.of("elasticsearch", 2_000_000_000L, "search-service", 700_000_000L), 250);
        side.add(Map.of("elasticsearch", 5_000_000_000L, "search-service", 900_000_000L),
                Map.of("elasticsearch", 5_500_000_000L, "search-service", 1_000_000_000L), 250);
        // elasticsearch 1.5 s, search-service 0.3 s over 500 requests
        assertEquals(Map.of("elasticsearch", 3.0, "search-service", 0.6), side.millisPerRequest());
    }

    @Test
    void aProcessThatVanishedOrAppearedCountsNothing() {
        SideCpu side = new SideCpu();
        // summary-service stopped during the block (its CPU reads 0 once gone); ingest-service only in the second snapshot
        side.add(Map.of("summary-service", 4_000_000_000L, "elasticsearch", 0L),
                Map.of("summary-service", 0L, "elasticsearch", 100_000_000L, "ingest-service", 9_000_000_000L), 100);
        assertEquals(Map.of("elasticsearch", 1.0, "summary-service", 0.0, "ingest-service", 0.0), side.millisPerRequest());
    }

    @Test
    void machineCpuOverheadIsTheServiceSidesTotalOverTheDirectSides() {
        LatencyBench.Level level = new LatencyBench.Level(8, null, null, 0, null,
                Map.of("elasticsearch", 4.4, "search-service", 0.8, "benchmark", 0.8),
                Map.of("elasticsearch", 4.2, "search-service", 0.05, "benchmark", 0.75));
        assertEquals(6.0 / 5.0 - 1, level.cpuOverhead(), 1e-12);
        assertEquals(0.8, level.serviceCpuMillis());
    }

    @Test
    void whatRanOutsideTheStackCountsInTheMachinesTotal() {
        LatencyBench.Level level = new LatencyBench.Level(1, null, null, 0, null,
                Map.of("elasticsearch", 4.4, "search-service", 0.8, "benchmark", 0.8, StackCpu.OUTSIDE, 0.5),
                Map.of("elasticsearch", 4.2, "search-service", 0.05, "benchmark", 0.75, StackCpu.OUTSIDE, 0.25));
        assertEquals(6.5, LatencyBench.Level.total(level.serviceSideCpu()), 1e-12);
        assertEquals(6.5 / 5.25 - 1, level.cpuOverhead(), 1e-12);
    }
}
