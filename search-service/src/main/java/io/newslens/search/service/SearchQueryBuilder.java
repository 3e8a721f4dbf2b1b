package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the filter, sort, aggregation and highlight parts of a search request. */
public final class SearchQueryBuilder {

    /**
     * The source fields a hit is made of ({@link SearchService#toHit}); only these are fetched, so
     * Elasticsearch sends, and the service parses, no internal or bulky field (vector, entities, claims).
     */
    private static final List<String> HIT_FIELDS = List.of("title", "publisher", "authors.name", "publishedAt",
            "language", "sourceUrl", "summary.thesis.text", "summary.stances", "summary.claimTypes");
    private static final SourceConfig HIT_SOURCE = SourceConfig.of(s -> s.filter(f -> f.includes(HIT_FIELDS)));
    /** Hit fields plus the body, which highlight offsets are located in. */
    private static final SourceConfig HIT_SOURCE_WITH_TEXT = SourceConfig.of(s -> s.filter(f -> f
            .includes(HIT_FIELDS).includes("text")));
    /** The request parts that never change are built once (the client's request objects are immutable). */
    private static final Highlight DEFAULT_HIGHLIGHT = buildHighlight(null);
    private static final Aggregation COLLAPSED_TOTAL_AGGREGATION = Aggregation.of(x -> x.cardinality(c -> c
            .field("collapseKey").precisionThreshold(40_000)));
    /** Facet aggregations by their few keys: the facet size is configured, the interval one of four, validated before. */
    private static final Map<AggregationsKey, Map<String, Aggregation>> AGGREGATIONS = new ConcurrentHashMap<>();

    private record AggregationsKey(int facetSize, String interval, boolean collapse) {
    }

    /** Sub-aggregation counting articles (not nested objects) in a nested bucket. */
    public static final String ARTICLES = "articles";

    private SearchQueryBuilder() {
    }

    /** Filters of the request; always includes "has an article half" (summary-only placeholders are hidden). */
    public static List<Query> filters(SearchRequestParams p) {
        List<Query> f = new ArrayList<>();
        f.add(Query.of(q -> q.exists(e -> e.field("version"))));
        terms(f, "publisher.lc", p.publishers());
        terms(f, "authors.name.lc", p.authors());
        terms(f, "language", p.languages());
        terms(f, "summary.claimTypes", p.claimTypes());
        if (p.entity() != null || p.entityType() != null) {
            List<Query> inner = new ArrayList<>();
            if (p.entity() != null) {
                String e = lc(p.entity());
                inner.add(Query.of(q -> q.bool(b -> b
                        .should(s -> s.term(t -> t.field("entities.name.lc").value(e)))
                        .should(s -> s.term(t -> t.field("entities.aliases").value(e)))
                        .minimumShouldMatch("1"))));
            }
            if (p.entityType() != null) {
                inner.add(Query.of(q -> q.term(t -> t.field("entities.type").value(lc(p.entityType())))));
            }
            f.add(Query.of(q -> q.nested(n -> n.path("entities").query(x -> x.bool(b -> b.filter(inner))))));
        }
        if (p.stanceTarget() != null || p.stanceLabel() != null) {
            List<Query> inner = new ArrayList<>();
            if (p.stanceTarget() != null) {
                inner.add(Query.of(q -> q.term(t -> t.field("summary.stances.target").value(lc(p.stanceTarget())))));
            }
            if (p.stanceLabel() != null) {
                inner.add(Query.of(q -> q.term(t -> t.field("summary.stances.label").value(lc(p.stanceLabel())))));
            }
            f.add(Query.of(q -> q.nested(n -> n.path("summary.stances").query(x -> x.bool(b -> b.filter(inner))))));
        }
        if (p.from() != null || p.to() != null) {
            f.add(Query.of(q -> q.range(r -> r.untyped(u -> {
                u.field("publishedAt");
                if (p.from() != null) {
                    u.gte(JsonData.of(p.from().toString()));
                }
                if (p.to() != null) {
                    u.lte(JsonData.of(p.to().toString()));
                }
                return u;
            }))));
        }
        return f;
    }

    private static void terms(List<Query> f, String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        List<FieldValue> v = values.stream().map(x -> FieldValue.of(lc(x))).toList();
        f.add(Query.of(q -> q.terms(t -> t.field(field).terms(tv -> tv.value(v)))));
    }

    static String lc(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Relevance or date, always with the id as tie-breaker so search_after pages neither skip nor repeat. */
    public static List<SortOptions> sort(SearchRequestParams.Sort sort) {
        List<SortOptions> s = new ArrayList<>();
        if (sort == SearchRequestParams.Sort.DATE) {
            s.add(SortOptions.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)
                    .missing(FieldValue.of("_last")))));
        } else {
            s.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        s.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return s;
    }

    public static Map<String, Aggregation> aggregations(int facetSize, String interval) {
        return aggregations(facetSize, interval, false);
    }

    /** Sub-aggregation counting distinct collapse keys: a group of near-duplicates counts once. */
    public static final String COLLAPSED = "collapsed";
    /** Top-level aggregation: how many hits remain once near-duplicates are collapsed. */
    public static final String COLLAPSED_TOTAL = "collapsedTotal";
    /** Distinct counts are exact up to this many keys per bucket (HyperLogLog++ counts a hash set below it). */
    private static final int COLLAPSED_PRECISION = 3000;

    /**
     * @param collapse when true, every count is of distinct {@code collapseKey}s (what collapseDuplicates
     *                 shows as hits) instead of documents
     */
    public static Map<String, Aggregation> aggregations(int facetSize, String interval, boolean collapse) {
        return AGGREGATIONS.computeIfAbsent(new AggregationsKey(facetSize, interval, collapse),
                k -> Collections.unmodifiableMap(buildAggregations(k.facetSize(), k.interval(), k.collapse())));
    }

    private static Map<String, Aggregation> buildAggregations(int facetSize, String interval, boolean collapse) {
        Map<String, Aggregation> distinct = collapse
                ? Map.of(COLLAPSED, Aggregation.of(x -> x.cardinality(c -> c.field("collapseKey")
                        .precisionThreshold(COLLAPSED_PRECISION))))
                : Map.of();
        Aggregation articleCount = Aggregation.of(x -> {
            var r = x.reverseNested(rn -> rn);
            return distinct.isEmpty() ? r : r.aggregations(distinct);
        });
        Map<String, Aggregation> a = new LinkedHashMap<>();
        a.put("publisher", terms("publisher", facetSize, distinct));
        a.put("author", terms("authors.name.keyword", facetSize, distinct));
        a.put("language", terms("language", facetSize, distinct));
        a.put("claimType", terms("summary.claimTypes", facetSize, distinct));
        a.put("entities", Aggregation.of(x -> x.nested(n -> n.path("entities"))
                .aggregations("type", t -> t.terms(tt -> tt.field("entities.type").size(10))
                        .aggregations("name", nm -> nm.terms(tn -> tn.field("entities.name").size(facetSize))
                                .aggregations(ARTICLES, articleCount)))));
        a.put("stances", Aggregation.of(x -> x.nested(n -> n.path("summary.stances"))
                .aggregations("label", t -> t.terms(tt -> tt.field("summary.stances.label").size(10))
                        .aggregations(ARTICLES, articleCount))
                .aggregations("target", t -> t.terms(tt -> tt.field("summary.stances.target").size(facetSize))
                        .aggregations("label", l -> l.terms(tl -> tl.field("summary.stances.label").size(10))
                                .aggregations(ARTICLES, articleCount)))));
        CalendarInterval ci = switch (interval) {
            case "day" -> CalendarInterval.Day;
            case "week" -> CalendarInterval.Week;
            case "year" -> CalendarInterval.Year;
            default -> CalendarInterval.Month;
        };
        a.put("histogram", Aggregation.of(x -> {
            var h = x.dateHistogram(d -> d.field("publishedAt").calendarInterval(ci).minDocCount(1).format("yyyy-MM-dd"));
            return distinct.isEmpty() ? h : h.aggregations(distinct);
        }));
        if (collapse) {
            a.put(COLLAPSED_TOTAL, collapsedTotal());
        }
        return a;
    }

    private static Aggregation terms(String field, int size, Map<String, Aggregation> sub) {
        return Aggregation.of(x -> {
            var t = x.terms(tt -> tt.field(field).size(size));
            return sub.isEmpty() ? t : t.aggregations(sub);
        });
    }

    /**
     * The aggregations a search asks for: facets and histogram when wanted; with collapseDuplicates they, and the
     * total, count groups of near-duplicates once. Empty when there are none to ask for.
     */
    public static Map<String, Aggregation> searchAggregations(int facetSize, boolean facets, String interval, boolean collapse) {
        if (facets) {
            return aggregations(facetSize, interval, collapse);
        }
        return collapse ? Map.of(COLLAPSED_TOTAL, collapsedTotal()) : Map.of();
    }

    /** Distinct collapse keys of all hits (exact up to 40,000, the most Elasticsearch allows). */
    public static Aggregation collapsedTotal() {
        return COLLAPSED_TOTAL_AGGREGATION;
    }

    /** Highlights HTML-encoded (so only the mark tags are markup) for title, body and thesis. */
    public static Highlight highlight(Query highlightQuery) {
        return highlightQuery == null ? DEFAULT_HIGHLIGHT : buildHighlight(highlightQuery);
    }

    private static Highlight buildHighlight(Query highlightQuery) {
        return Highlight.of(h -> {
            h.encoder(HighlighterEncoder.Html).preTags(HighlightOffsets.PRE).postTags(HighlightOffsets.POST)
                    .requireFieldMatch(false)
                    .fields("title", f -> f.numberOfFragments(0))
                    .fields("text", f -> f.fragmentSize(180).numberOfFragments(3))
                    .fields("summary.thesis.text", f -> f.numberOfFragments(0));
            if (highlightQuery != null) {
                h.highlightQuery(highlightQuery);
            }
            return h;
        });
    }

    /** The source of hits that show highlights: {@link #hitSource()} and the body. */
    public static SourceConfig source() {
        return HIT_SOURCE_WITH_TEXT;
    }

    /** The source of hits without highlights (similar articles, export): no body. */
    public static SourceConfig hitSource() {
        return HIT_SOURCE;
    }
}
