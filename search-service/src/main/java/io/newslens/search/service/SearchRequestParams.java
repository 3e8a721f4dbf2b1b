package io.newslens.search.service;

import java.time.Instant;
import java.util.List;

/** Validated search parameters (see SearchParamsParser for the HTTP form). */
public record SearchRequestParams(
        String q,
        Mode mode,
        Sort sort,
        int page,
        int size,
        List<Object> cursor,
        List<String> publishers,
        List<String> authors,
        List<String> languages,
        String entity,
        String entityType,
        Instant from,
        Instant to,
        String stanceTarget,
        String stanceLabel,
        List<String> claimTypes,
        boolean collapseDuplicates,
        boolean facets,
        String histogramInterval) {

    public enum Mode { KEYWORD, SEMANTIC, HYBRID }

    public enum Sort { RELEVANCE, DATE }

    public int offset() {
        return cursor == null ? (page - 1) * size : 0;
    }
}
