package io.newslens.search.rest;

import io.newslens.search.config.SearchConfig;
import io.newslens.search.service.BadParameterException;
import io.newslens.search.service.CursorCodec;
import io.newslens.search.service.SearchRequestParams;
import io.newslens.search.service.query.QueryParser;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Validates raw query parameters against the configured limits; every failure names its parameter. */
@ApplicationScoped
public class SearchParamsParser {

    private static final Set<String> INTERVALS = Set.of("day", "week", "month", "year");

    private final SearchConfig config;

    public SearchParamsParser(SearchConfig config) {
        this.config = config;
    }

    public SearchRequestParams parse(SearchQueryParams raw) {
        SearchConfig.Limits limits = config.limits();
        String q = raw.q == null ? "" : raw.q.strip();
        if (q.length() > limits.maxQueryLength()) {
            throw new BadParameterException("q", "query longer than " + limits.maxQueryLength()
                    + " characters (newslens.search.limits.max-query-length)");
        }
        SearchRequestParams.Sort sort = enumOf("sort", raw.sort, SearchRequestParams.Sort.RELEVANCE,
                SearchRequestParams.Sort.class);
        int size = intOf("size", raw.size, limits.defaultPageSize());
        if (size < 1 || size > limits.maxPageSize()) {
            throw new BadParameterException("size", "size must be between 1 and " + limits.maxPageSize()
                    + " (newslens.search.limits.max-page-size)");
        }
        int page = intOf("page", raw.page, 1);
        if (page < 1) {
            throw new BadParameterException("page", "page starts at 1");
        }
        List<Object> cursor = raw.cursor == null || raw.cursor.isBlank() ? null : CursorCodec.decode(raw.cursor.strip());
        SearchRequestParams.Mode mode = enumOf("mode", raw.mode, null, SearchRequestParams.Mode.class);
        if (mode == null) {
            mode = defaultMode(q, sort, cursor, (long) page * size);
        }
        if (cursor != null && mode != SearchRequestParams.Mode.KEYWORD) {
            // kNN answers a top-k set (hybrid: fused in the service from two such sets), not a sorted stream
            // Elasticsearch can continue from a sort value, so there is nothing for search_after to resume
            throw new BadParameterException("cursor", "the cursor pages keyword results only: semantic and hybrid "
                    + "results are the top-k nearest neighbours (hybrid: fused from two rankings), not a sorted "
                    + "stream that search_after can continue; page them with page and size");
        }
        if (cursor != null && page != 1) {
            throw new BadParameterException("page", "use either page or cursor");
        }
        boolean collapse = boolOf("collapseDuplicates", raw.collapseDuplicates);
        if (cursor != null && collapse) {
            throw new BadParameterException("cursor", "the cursor cannot be combined with collapseDuplicates");
        }
        long end = (long) page * size;
        if (cursor == null && end > limits.maxResultWindow()) {
            throw new BadParameterException("page", "page * size beyond " + limits.maxResultWindow()
                    + " (newslens.search.limits.max-result-window): use the cursor (nextCursor) for deep paging");
        }
        if (mode == SearchRequestParams.Mode.HYBRID && end > limits.hybridWindow()) {
            throw new BadParameterException("page", "hybrid results go " + limits.hybridWindow()
                    + " deep (newslens.search.limits.hybrid-window)");
        }
        if (mode == SearchRequestParams.Mode.SEMANTIC && end > limits.maxResultWindow()) {
            throw new BadParameterException("page", "semantic results go " + limits.maxResultWindow()
                    + " deep (newslens.search.limits.max-result-window)");
        }
        Instant from = dateOf("from", raw.from, false);
        Instant to = dateOf("to", raw.to, true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from is after to");
        }
        boolean stance = raw.stanceTarget != null || raw.stanceLabel != null;
        String interval = raw.interval == null || raw.interval.isBlank() ? "month" : raw.interval.strip().toLowerCase(Locale.ROOT);
        if (!INTERVALS.contains(interval)) {
            throw new BadParameterException("interval", "interval is one of " + INTERVALS);
        }
        String facetsRaw = raw.facets;
        boolean facets = facetsRaw == null || facetsRaw.isBlank() || boolOf("facets", facetsRaw);
        return new SearchRequestParams(q, mode, sort, page, size, cursor, clean(raw.publisher), clean(raw.author),
                clean(raw.language), blankToNull(raw.entity), blankToNull(raw.entityType), from, to,
                stance ? blankToNull(raw.stanceTarget) : null, stance ? blankToNull(raw.stanceLabel) : null,
                clean(raw.claimType), collapse, facets, interval);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Without {@code mode}: hybrid, the mode that ranked best on bench/relevance (docs/relevance.md: news headlines),
     * for natural-language queries ({@value #HYBRID_MIN_WORDS} or more plain words, the words of a phrase beside them
     * included: a headline, a sentence; AND/OR/NOT in prose are words, see QueryParser) when it
     * can answer them: by relevance, no cursor, the page within the hybrid window, embeddings on. Otherwise keyword:
     * one to three words name what they look for (the vector half would add neighbours that contain none of them),
     * explicit syntax (+, -, AND/OR/NOT as operators, a phrase alone, fields, prefixes) asks for exactly what matches, which the vector
     * half would not respect; a date-sorted list, deep or cursor paging and a query without words are keyword
     * searches too.
     */
    static final int HYBRID_MIN_WORDS = 4;

    private SearchRequestParams.Mode defaultMode(String q, SearchRequestParams.Sort sort, List<Object> cursor, long end) {
        boolean hybrid = config.embedding().enabled() && sort == SearchRequestParams.Sort.RELEVANCE && cursor == null
                && end <= config.limits().hybridWindow() && QueryParser.plainWordCount(QueryParser.parse(q)) >= HYBRID_MIN_WORDS;
        return hybrid ? SearchRequestParams.Mode.HYBRID : SearchRequestParams.Mode.KEYWORD;
    }

    static <E extends Enum<E>> E enumOf(String name, String value, E dflt, Class<E> type) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, name + " must be one of "
                    + List.of(type.getEnumConstants()).stream().map(x -> x.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    static int intOf(String name, String value, int dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, name + " must be an integer");
        }
    }

    static boolean boolOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadParameterException(name, name + " must be true or false");
        };
    }

    /** ISO date (2024-05-01) or date-time (2024-05-01T10:00:00Z); a bare "to" date includes that whole day. */
    static Instant dateOf(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // not a date-time: try a date
        }
        try {
            LocalDate d = LocalDate.parse(v);
            return endOfDay ? d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
                    : d.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + " must be an ISO date (2024-05-01) or date-time");
        }
    }
}
