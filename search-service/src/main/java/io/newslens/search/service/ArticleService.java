package io.newslens.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.newslens.search.domain.ArticleDocument;
import io.newslens.search.index.IndexManager;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Reads single indexed articles. */
@ApplicationScoped
public class ArticleService {

    private final ElasticsearchClient es;
    private final IndexManager indices;
    private final ElasticsearchCalls calls;

    public ArticleService(ElasticsearchClient es, IndexManager indices, ElasticsearchCalls calls) {
        this.es = es;
        this.indices = indices;
        this.calls = calls;
    }

    /** The indexed article without its vector and suggester inputs; empty if unknown or summary-only. */
    public Optional<ArticleDocument> find(String id) {
        GetResponse<ArticleDocument> r = calls.read("id", () -> es.get(g -> g.index(indices.alias()).id(id)
                .sourceExcludes(List.of("embedding", "titleSuggest", "entitySuggest")), ArticleDocument.class));
        return r.found() && r.source() != null && r.source().hasArticle() ? Optional.of(r.source()) : Optional.empty();
    }
}
