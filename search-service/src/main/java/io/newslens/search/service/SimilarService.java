package io.newslens.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.newslens.search.domain.ArticleDocument;
import io.newslens.search.domain.SearchHit;
import io.newslens.search.index.IndexManager;
import io.newslens.search.service.answer.SearchAnswer;
import io.newslens.search.service.answer.SearchAnswerClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles similar to one article: more_like_this on title and body fused (RRF) with vector neighbours. */
@ApplicationScoped
public class SimilarService {

    private final ElasticsearchClient es;
    private final SearchAnswerClient search;
    private final IndexManager indices;
    private final ElasticsearchCalls calls;

    public SimilarService(ElasticsearchClient es, SearchAnswerClient search, IndexManager indices, ElasticsearchCalls calls) {
        this.es = es;
        this.search = search;
        this.indices = indices;
        this.calls = calls;
    }

    /** Empty when the article is unknown. */
    public Optional<List<SearchHit>> similar(String id, int size) {
        GetResponse<ArticleDocument> g = calls.read("id", () -> es.get(r -> r.index(indices.alias()).id(id)
                .sourceIncludes(List.of("title", "text", "embedding", "version")), ArticleDocument.class));
        if (!g.found() || g.source() == null || !g.source().hasArticle()) {
            return Optional.empty();
        }
        ArticleDocument doc = g.source();
        int window = Math.max(size * 3, 30);
        Query notSelf = Query.of(q -> q.ids(i -> i.values(id)));
        Query hasArticle = Query.of(q -> q.exists(e -> e.field("version")));
        String likeText = (doc.title == null ? "" : doc.title + "\n") + (doc.text == null ? "" : doc.text);
        SearchRequest moreLikeThis = SearchRequest.of(s -> s.index(indices.alias())
                .size(window).source(SearchQueryBuilder.hitSource())
                .query(q -> q.bool(b -> b.filter(hasArticle).mustNot(notSelf).must(m -> m.moreLikeThis(l -> l
                        .fields("title", "text").like(lk -> lk.text(likeText))
                        .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("20%"))))));
        SearchAnswer mlt = calls.read("id", () -> search.search(moreLikeThis));
        List<String> vectorIds = new ArrayList<>();
        Map<String, SearchAnswer.Hit> byId = new HashMap<>();
        if (doc.embedding != null && doc.embedding.length > 0) {
            List<Float> v = SearchService.toList(doc.embedding);
            SearchRequest neighbours = SearchRequest.of(s -> s.index(indices.alias())
                    .size(window).source(SearchQueryBuilder.hitSource())
                    .knn(k -> k.field("embedding").queryVector(v).k(window).numCandidates(Math.max(100, window * 2))
                            .filter(f -> f.bool(b -> b.filter(hasArticle).mustNot(notSelf)))));
            SearchAnswer knn = calls.read("id", () -> search.search(neighbours));
            knn.hits().hits().forEach(h -> {
                vectorIds.add(h.id());
                byId.put(h.id(), h);
            });
        }
        mlt.hits().hits().forEach(h -> byId.put(h.id(), h));
        LinkedHashMap<String, Double> fused = RankFusion.fuse(List.of(
                mlt.hits().hits().stream().map(SearchAnswer.Hit::id).toList(), vectorIds));
        List<SearchHit> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : fused.entrySet()) {
            if (out.size() >= size) {
                break;
            }
            SearchHit h = SearchService.toHit(byId.get(e.getKey()));
            out.add(h.rescored(e.getValue(), false));
        }
        return Optional.of(out);
    }
}
