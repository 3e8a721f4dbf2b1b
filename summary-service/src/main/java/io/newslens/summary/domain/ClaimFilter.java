package io.newslens.summary.domain;

import java.time.Instant;

/**
 * Filters of {@code GET /api/claims}; null means "any". {@code to} is exclusive; {@code minCheckworthiness}
 * inclusive.
 */
public record ClaimFilter(String entity, String type, Boolean hedged, String attributedTo, String publisher,
                          Instant from, Instant to, Double minCheckworthiness, int page, int size) {
}
