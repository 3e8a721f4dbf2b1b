package io.newslens.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Span;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/** A stored article: the fields of the ArticleParsed event plus the client's externalId. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(
        String id,
        long version,
        String externalId,
        String sourceUrl,
        String contentHash,
        String fingerprint,
        String duplicateOf,
        String title,
        List<ArticleParsed.Author> authors,
        String publisher,
        String section,
        Instant publishedAt,
        String language,
        String documentType,
        String text,
        List<Span> paragraphs,
        List<ArticleParsed.Entity> entities,
        boolean truncated,
        Instant ingestedAt) {

    public static ArticleView of(ArticleParsed e, String externalId) {
        return new ArticleView(e.id(), e.version(), externalId, e.sourceUrl(), e.contentHash(), e.fingerprint(),
                e.duplicateOf(), e.title(), e.authors(), e.publisher(), e.section(), e.publishedAt(), e.language(),
                e.documentType(), e.text(), e.paragraphs(), e.entities(), e.truncated(), e.ingestedAt());
    }
}
