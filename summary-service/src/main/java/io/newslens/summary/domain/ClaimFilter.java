package io.newslens.summary.domain;

import java.time.Instant;

/** Filters of {@code GET /api/claims}; null means "any". {@code to} is exclusive. */
public record ClaimFilter(String entity, String type, Boolean hedged, String attributedTo, String publisher,
                          Instant from, Instant to, int page, int size) {
}
