package io.newslens.search.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RankFusionTest {
    @Test
    void documentsInBothRankingsComeFirst() {
        var fused = RankFusion.fuse(List.of(List.of("a", "b", "c"), List.of("c", "d", "a")));
        assertEquals(List.of("a", "c", "b", "d"), List.copyOf(fused.keySet()));
        assertEquals(1.0 / 61 + 1.0 / 63, fused.get("a"), 1e-12);
    }
}
