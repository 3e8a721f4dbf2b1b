package io.newslens.summary.domain;

import java.time.Instant;
import java.util.List;

/** An article's current analysis as served by {@code GET /api/summaries/{articleId}}. */
public record SummaryView(String articleId, long articleVersion, String title, String publisher, Instant publishedAt,
                          AnalyserView analyser, Instant computedAt, ThesisView thesis, List<TextSpan> summary,
                          List<ClaimView> claims, List<StanceView> stances) {
}
