package io.newslens.summary.service;

import io.newslens.summary.domain.StanceDistribution;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StanceDistributionAggregateTest {

    @Test
    void countsEachArticleOncePerLabelAndMonth() {
        Instant jan = Instant.parse("2025-01-31T23:59:59Z");
        Instant feb = Instant.parse("2025-02-01T00:00:00Z");
        StanceDistribution d = StanceDistributionQuery.aggregate("NATO", List.of(
                new StanceDistributionQuery.Row("a", "unfavourable", jan),
                new StanceDistributionQuery.Row("a", "favourable", jan), // second stance of the same article: ignored
                new StanceDistributionQuery.Row("b", "unfavourable", feb),
                new StanceDistributionQuery.Row("c", "neutral", feb),
                new StanceDistributionQuery.Row("d", "neutral", null)));
        assertEquals(4, d.articles());
        assertEquals(Map.of("unfavourable", 2L, "neutral", 2L), d.labels());
        assertEquals(List.of("2025-01", "2025-02", "unknown"), d.byMonth().stream().map(StanceDistribution.MonthBucket::month).toList());
        assertEquals(Map.of("unfavourable", 1L, "neutral", 1L), d.byMonth().get(1).labels());
        assertEquals(2, d.byMonth().get(1).articles());
        assertEquals(Map.of("unfavourable", List.of("a", "b"), "neutral", List.of("c", "d")), d.articlesByLabel());
    }
}
