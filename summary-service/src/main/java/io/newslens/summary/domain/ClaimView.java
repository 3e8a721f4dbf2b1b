package io.newslens.summary.domain;

import io.newslens.common.events.Span;

import java.time.Instant;
import java.util.List;

/**
 * A claim sentence. {@code attributedTo} is null when the claim is in the author's own voice;
 * {@code attributedToSpan} is where that source is named in the article body. {@code checkworthiness}
 * (0..1) is how much the claim deserves checking or quoting (ClaimBuster's definition).
 * The article fields are filled in listings ({@code GET /api/claims}).
 */
public record ClaimView(String articleId, String publisher, Instant publishedAt,
                        String text, int start, int end, String type, boolean hedged, String hedgeCue,
                        String attributedTo, Span attributedToSpan, List<String> entities, double checkworthiness) {
}
