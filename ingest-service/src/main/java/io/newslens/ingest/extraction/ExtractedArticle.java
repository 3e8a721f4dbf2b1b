package io.newslens.ingest.extraction;

import io.newslens.common.events.ArticleParsed.Author;
import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;

import java.time.Instant;
import java.util.List;

/**
 * What an {@link ArticleExtractor} found. {@code text} is the clean body; paragraphs and entity
 * mentions are offsets into it. Fields the page does not hold are null (or empty lists).
 */
public record ExtractedArticle(
        String title,
        List<Author> authors,
        String publisher,
        String section,
        Instant publishedAt,
        String language,
        String documentType,
        String text,
        List<Span> paragraphs,
        List<Entity> entities,
        boolean truncated) {

    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
