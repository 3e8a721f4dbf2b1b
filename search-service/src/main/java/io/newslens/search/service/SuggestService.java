package io.newslens.search.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import io.newslens.search.domain.ArticleDocument;
import io.newslens.search.index.IndexManager;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Completion suggestions for titles and entity names. */
@ApplicationScoped
public class SuggestService {

    public record Suggestions(List<String> titles, List<String> entities) {
    }

    private final ElasticsearchClient es;
    private final IndexManager indices;
    private final ElasticsearchCalls calls;

    public SuggestService(ElasticsearchClient es, IndexManager indices, ElasticsearchCalls calls) {
        this.es = es;
        this.indices = indices;
        this.calls = calls;
    }

    public Suggestions suggest(String prefix, int size) {
        SearchResponse<ArticleDocument> r = calls.read("prefix", () -> es.search(s -> s.index(indices.alias())
                .source(src -> src.filter(f -> f.includes("title")))
                .suggest(sg -> sg
                        .suggesters("titles", t -> t.prefix(prefix).completion(c -> c.field("titleSuggest")
                                .size(size).skipDuplicates(true)))
                        .suggesters("entities", t -> t.prefix(prefix).completion(c -> c.field("entitySuggest")
                                .size(size).skipDuplicates(true)))), ArticleDocument.class));
        Map<String, List<Suggestion<ArticleDocument>>> sug = r.suggest();
        Set<String> titles = new LinkedHashSet<>();
        Set<String> entities = new LinkedHashSet<>();
        for (Suggestion<ArticleDocument> s : sug.getOrDefault("titles", List.of())) {
            for (CompletionSuggestOption<ArticleDocument> o : s.completion().options()) {
                titles.add(o.source() != null && o.source().title != null ? o.source().title : o.text());
            }
        }
        String lower = prefix.toLowerCase();
        for (Suggestion<ArticleDocument> s : sug.getOrDefault("entities", List.of())) {
            for (CompletionSuggestOption<ArticleDocument> o : s.completion().options()) {
                if (o.text().toLowerCase().startsWith(lower)) {
                    entities.add(o.text());
                }
            }
        }
        return new Suggestions(List.copyOf(titles), List.copyOf(entities));
    }
}
