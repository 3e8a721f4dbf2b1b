package io.newslens.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.util.BinaryData;
import io.newslens.search.config.SearchConfig;
import io.newslens.search.domain.ArticleDocument;
import io.newslens.search.domain.SearchHit;
import io.newslens.search.domain.SearchResult;
import io.newslens.search.embedding.EmbeddingService;
import io.newslens.search.index.IndexManager;
import io.newslens.search.service.answer.AggregationNode;
import io.newslens.search.service.answer.SearchAnswer;
import io.newslens.search.service.answer.SearchAnswerClient;
import io.newslens.search.service.query.QueryNode;
import io.newslens.search.service.query.QueryParser;
import io.newslens.search.service.query.QueryTranslator;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keyword, semantic (kNN) and hybrid (score fusion of both, {@link ScoreFusion}) search over the alias. */
@ApplicationScoped
public class SearchService {

    private final SearchAnswerClient answers;
    private final IndexManager indices;
    private final EmbeddingService embeddings;
    private final SearchConfig config;
    private final ElasticsearchCalls calls;
    private final KeywordSearchBody keywordBodies;

    public SearchService(SearchAnswerClient answers, IndexManager indices, EmbeddingService embeddings, SearchConfig config,
                         ElasticsearchCalls calls, ElasticsearchClient es) {
        this.answers = answers;
        this.indices = indices;
        this.embeddings = embeddings;
        this.config = config;
        this.calls = calls;
        this.keywordBodies = new KeywordSearchBody(es._jsonpMapper(), config.limits().maxFacetSize());
    }

    /**
     * Keyword searches (most of them) run on the calling event loop from request to response: their one
     * Elasticsearch call is all their I/O, and each hand-over to a worker thread and back cost latency (measured
     * under bench/search). Semantic and hybrid searches embed the query first (milliseconds of CPU), and the first
     * search may have to create the index: those run on a worker thread.
     */
    public Uni<SearchResult> search(SearchRequestParams p) {
        if (p.mode() == SearchRequestParams.Mode.KEYWORD && indices.isReady()) {
            BinaryData body = keywordBody(p, p.offset(), p.size(), p.facets());
            String index = indices.alias();
            return calls.readAsync("q", () -> answers.searchAsync(index, body))
                    .map(r -> keywordResult(p, r));
        }
        return Uni.createFrom().item(() -> searchBlocking(p)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** A search on the calling (worker) thread. */
    public SearchResult searchBlocking(SearchRequestParams p) {
        QueryNode node = QueryParser.parse(p.q());
        return switch (p.mode()) {
            case KEYWORD -> keyword(p);
            case SEMANTIC -> semantic(p, node);
            case HYBRID -> hybrid(p, node);
        };
    }

    /** The full query (text + filters) of keyword mode, also used by export. */
    public static Query keywordQuery(SearchRequestParams p) {
        Query text = QueryTranslator.toQuery(QueryParser.parse(p.q()));
        List<Query> filters = SearchQueryBuilder.filters(p);
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
    }

    private SearchResult keyword(SearchRequestParams p) {
        BinaryData body = keywordBody(p, p.offset(), p.size(), p.facets());
        return keywordResult(p, calls.read("q", () -> answers.search(indices.alias(), body)));
    }

    private SearchResult keywordResult(SearchRequestParams p, SearchAnswer r) {
        List<SearchAnswer.Hit> answerHits = r.hits().hits();
        List<SearchHit> hits = answerHits.stream().map(SearchService::toHit).toList();
        String next = null;
        if (!answerHits.isEmpty() && answerHits.size() == p.size() && !p.collapseDuplicates()) {
            next = CursorCodec.encode(answerHits.get(answerHits.size() - 1).sort());
        }
        return result(p, r, hits, next);
    }

    private BinaryData keywordBody(SearchRequestParams p, int from, int size, boolean facets) {
        return keywordBodies.write(p, keywordQuery(p), from, size, facets);
    }

    private SearchRequest semanticRequest(SearchRequestParams p, QueryNode node, int from, int size, boolean facets) {
        String text = QueryParser.plainText(node);
        if (text.isBlank()) {
            throw new BadParameterException("q", "semantic search needs words to search for");
        }
        if (!embeddings.enabled()) {
            throw new BadParameterException("mode", "semantic search is switched off on this server");
        }
        List<Float> vector = toList(embeddings.embed(text).orElseThrow());
        int k = Math.max(from + size, 1);
        int candidates = Math.min(10_000, Math.max(100, 2 * k));
        List<Query> filters = SearchQueryBuilder.filters(p);
        Query highlightQuery = QueryTranslator.toQuery(node);
        return SearchRequest.of(s -> {
            s.index(indices.alias()).knn(kn -> kn.field("embedding").queryVector(vector).k(k)
                            .numCandidates(candidates).filter(filters))
                    .from(from).size(size).trackTotalHits(t -> t.enabled(true))
                    .highlight(SearchQueryBuilder.highlight(highlightQuery)).source(SearchQueryBuilder.source());
            aggregations(s, p, facets);
            if (p.collapseDuplicates()) {
                s.collapse(c -> c.field("collapseKey"));
            }
            return s;
        });
    }

    private void aggregations(SearchRequest.Builder s, SearchRequestParams p, boolean facets) {
        Map<String, Aggregation> aggregations = SearchQueryBuilder.searchAggregations(config.limits().maxFacetSize(), facets,
                p.histogramInterval(), p.collapseDuplicates());
        if (!aggregations.isEmpty()) {
            s.aggregations(aggregations);
        }
    }

    private SearchResult semantic(SearchRequestParams p, QueryNode node) {
        SearchRequest req = semanticRequest(p, node, p.offset(), p.size(), p.facets());
        SearchAnswer r = calls.read("q", () -> answers.search(req));
        return result(p, r, r.hits().hits().stream().map(SearchService::toHit).toList(), null);
    }

    private SearchResult hybrid(SearchRequestParams p, QueryNode node) {
        int window = config.limits().hybridWindow();
        BinaryData kw = keywordBody(p, 0, window, p.facets());
        SearchRequest sem = semanticRequest(p, node, 0, window, false);
        SearchAnswer kr = calls.read("q", () -> answers.search(indices.alias(), kw));
        SearchAnswer sr = calls.read("q", () -> answers.search(sem));
        Map<String, SearchAnswer.Hit> byId = new HashMap<>();
        sr.hits().hits().forEach(h -> byId.put(h.id(), h));
        kr.hits().hits().forEach(h -> byId.put(h.id(), h)); // keyword hits carry the better highlights
        LinkedHashMap<String, Double> fused = ScoreFusion.fuse(scored(kr), scored(sr));
        List<SearchHit> hits = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Double> e : fused.entrySet()) {
            if (i >= p.offset() && hits.size() < p.size()) {
                SearchHit h = toHit(byId.get(e.getKey()));
                hits.add(h.rescored(e.getValue(), true));
            }
            i++;
        }
        SearchResult base = result(p, kr, hits, null);
        return new SearchResult(fused.size(), "eq", base.mode(), base.page(), base.size(), hits, base.facets(),
                base.histogram(), null);
    }

    private static List<ScoreFusion.Scored> scored(SearchAnswer r) {
        return r.hits().hits().stream().map(h -> new ScoreFusion.Scored(h.id(), h.score() == null ? 0 : h.score())).toList();
    }

    private SearchResult result(SearchRequestParams p, SearchAnswer r, List<SearchHit> hits, String next) {
        SearchAnswer.Total t = r.hits().total();
        long total = t == null ? hits.size() : t.value();
        String relation = t == null || t.exact() ? "eq" : "gte";
        AggregationNode collapsed = r.aggregation(SearchQueryBuilder.COLLAPSED_TOTAL);
        if (collapsed != null && collapsed.value() != null) {
            total = collapsed.value();
        }
        Map<String, Object> facets = null;
        List<SearchResult.Bucket> histogram = null;
        AggregationNode dates = r.aggregation("histogram");
        if (p.facets() && dates != null) {
            facets = facets(r);
            histogram = dates.buckets().stream()
                    .map(b -> new SearchResult.Bucket(b.keyAsString(), distinct(b)))
                    .filter(b -> b.count() > 0).toList();
        }
        return new SearchResult(total, relation, p.mode().name().toLowerCase(), p.page(), p.size(), hits, facets,
                histogram, next);
    }

    static Map<String, Object> facets(SearchAnswer r) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String name : List.of("publisher", "author", "language", "claimType")) {
            f.put(name, buckets(r.aggregation(name)));
        }
        Map<String, Object> entities = new LinkedHashMap<>();
        for (AggregationNode type : r.aggregation("entities").sub("type").buckets()) {
            entities.put(type.key(), buckets(type.sub("name")));
        }
        f.put("entities", entities);
        AggregationNode stances = r.aggregation("stances");
        f.put("stanceLabel", buckets(stances.sub("label")));
        Map<String, Object> byTarget = new LinkedHashMap<>();
        for (AggregationNode target : stances.sub("target").buckets()) {
            byTarget.put(target.key(), buckets(target.sub("label")));
        }
        f.put("stanceByTarget", byTarget);
        return f;
    }

    private static List<SearchResult.Bucket> buckets(AggregationNode a) {
        if (a == null) {
            return List.of();
        }
        List<SearchResult.Bucket> out = a.buckets().stream()
                .map(b -> new SearchResult.Bucket(b.key(), articleCount(b))).toList();
        // collapsed counts may order differently from the document counts Elasticsearch sorted by
        return out.stream().sorted(Comparator.comparingLong(SearchResult.Bucket::count).reversed()
                .thenComparing(SearchResult.Bucket::key)).toList();
    }

    /** In nested buckets, the number of articles (reverse_nested), not of nested objects; collapsed when asked. */
    private static long articleCount(AggregationNode b) {
        AggregationNode articles = b.sub(SearchQueryBuilder.ARTICLES);
        return distinct(articles != null ? articles : b);
    }

    /** The distinct collapse keys of a bucket when the request collapses duplicates, else its document count. */
    private static long distinct(AggregationNode bucket) {
        AggregationNode c = bucket.sub(SearchQueryBuilder.COLLAPSED);
        return c != null && c.value() != null ? c.value() : bucket.docCount();
    }

    static SearchHit toHit(SearchAnswer.Hit h) {
        ArticleDocument d = h.source() == null ? new ArticleDocument() : h.source();
        Map<String, List<SearchHit.Highlight>> highlights = new LinkedHashMap<>();
        h.highlight().forEach((field, fragments) -> {
            String source = switch (field) {
                case "title" -> d.title;
                case "text" -> d.text;
                case "summary.thesis.text" -> d.summary == null || d.summary.thesis() == null ? null
                        : d.summary.thesis().text();
                default -> null;
            };
            highlights.put(field, fragments.stream().map(fr -> HighlightOffsets.locate(fr, source)).toList());
        });
        return new SearchHit(h.id(), d.title, d.publisher,
                d.authors == null ? List.of() : d.authors.stream().map(ArticleDocument.Author::name).toList(),
                d.publishedAt, d.language, d.sourceUrl, h.score(), highlights,
                d.summary == null ? null : d.summary.stances(), d.summary == null ? null : d.summary.claimTypes());
    }

    static List<Float> toList(float[] v) {
        List<Float> out = new ArrayList<>(v.length);
        for (float x : v) {
            out.add(x);
        }
        return out;
    }
}
