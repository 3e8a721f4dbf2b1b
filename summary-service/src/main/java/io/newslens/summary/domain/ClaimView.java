package io.newslens.summary.domain;

import java.time.Instant;
import java.util.List;

/**
 * A claim sentence. {@code attributedTo} is null when the claim is in the author's own voice.
 * The article fields are filled in listings ({@code GET /api/claims}).
 */
public record ClaimView(String articleId, String publisher, Instant publishedAt,
                        String text, int start, int end, String type, boolean hedged, String hedgeCue,
                        String attributedTo, List<String> entities, double checkworthiness) {
}
