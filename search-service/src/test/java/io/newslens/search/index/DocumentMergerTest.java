package io.newslens.search.index;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.SummaryComputed;
import io.newslens.search.domain.ArticleDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentMergerTest {

    static ArticleParsed article(long version) {
        return new ArticleParsed(1, "x", version, null, null, "fp", null, "Big news from Astana today", List.of(),
                "P", null, null, "en", null, "body", List.of(), List.of(), false, null);
    }

    static SummaryComputed summary(long articleVersion, Instant at) {
        return new SummaryComputed(1, "x", articleVersion, new SummaryComputed.Analyser("a", "1"), List.of(), null,
                List.of(new SummaryComputed.Stance("NATO", "org", "against", 0.9, List.of())),
                List.of(new SummaryComputed.Claim("c", 0, 1, "Causal", false, null, null, List.of(), 0.1)), at);
    }

    @Test
    void articleOrderingByVersion() {
        ArticleDocument v2 = DocumentMerger.withArticle(null, article(2), null);
        assertFalse(DocumentMerger.isNewer(v2, article(1)));
        assertFalse(DocumentMerger.isNewer(v2, article(2)));
        assertTrue(DocumentMerger.isNewer(v2, article(3)));
    }

    @Test
    void aNewArticleVersionDropsTheVectorOfTheOldOneAndASummaryKeepsIt() {
        ArticleDocument v1 = DocumentMerger.withArticle(null, article(1), new float[]{1f, 0f});
        assertEquals(1L, v1.embeddingVersion); // a vector known for this version (a reindex copies it)
        v1 = DocumentMerger.withSummary(v1, summary(1, Instant.EPOCH));
        assertEquals(1L, v1.embeddingVersion);
        ArticleDocument v2 = DocumentMerger.withArticle(v1, article(2), null);
        assertNull(v2.embedding);
        assertNull(v2.embeddingVersion); // found again by the embedding step
        assertEquals(List.of("causal"), v2.summary.claimTypes());
    }

    @Test
    void summaryFirstThenArticleKeepsBoth() {
        ArticleDocument placeholder = DocumentMerger.withSummary(null, summary(1, Instant.EPOCH));
        assertFalse(placeholder.hasArticle());
        ArticleDocument merged = DocumentMerger.withArticle(placeholder, article(1), null);
        assertTrue(merged.hasArticle());
        assertEquals(List.of("causal"), merged.summary.claimTypes());
    }

    @Test
    void summaryOrdering() {
        ArticleDocument d = DocumentMerger.withSummary(DocumentMerger.withArticle(null, article(2), null),
                summary(2, Instant.parse("2024-01-02T00:00:00Z")));
        assertFalse(DocumentMerger.isNewer(d, summary(1, Instant.parse("2025-01-01T00:00:00Z"))));
        assertFalse(DocumentMerger.isNewer(d, summary(2, Instant.parse("2024-01-01T00:00:00Z"))));
        assertTrue(DocumentMerger.isNewer(d, summary(2, Instant.parse("2024-01-03T00:00:00Z"))));
        assertTrue(DocumentMerger.isNewer(d, summary(3, Instant.EPOCH)));
    }

    @Test
    void titleSuggestHasWordSuffixesAndCollapseKeyUsesFingerprint() {
        ArticleDocument d = DocumentMerger.withArticle(null, article(1), null);
        assertEquals(List.of("Big news from Astana today", "news from Astana today", "from Astana today",
                "Astana today", "today"), d.titleSuggest.input());
        assertEquals("fp:fp", d.collapseKey);
        assertNull(d.embedding);
    }
}
