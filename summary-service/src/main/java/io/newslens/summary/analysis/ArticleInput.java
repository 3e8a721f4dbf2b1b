package io.newslens.summary.analysis;

import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;

import java.util.List;

/**
 * The part of an article an analyser reads. All spans are offsets into {@code text}. {@code entities} is
 * null when nobody has looked for them (a raw text, as bench/analyse reads); an empty list when ingest
 * looked and found none.
 */
public record ArticleInput(String articleId, String title, String text, List<Span> paragraphs, List<Entity> entities) {
    public ArticleInput {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        entities = entities == null ? null : List.copyOf(entities);
    }

    public boolean entitiesKnown() {
        return entities != null;
    }
}
