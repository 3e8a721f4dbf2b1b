package io.newslens.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newslens.ingest.domain.SimHash;
import io.newslens.ingest.persistence.Article;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/** One page of the article list, newest first. */
@RegisterForReflection
public record ArticlePage(int page, int size, long totalItems, long totalPages, List<Item> items) {

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String id, long version, String title, String publisher, Instant publishedAt,
                       String sourceUrl, String externalId, String duplicateOf, String fingerprint,
                       boolean truncated, Instant ingestedAt) {

        static Item of(Article a) {
            return new Item(a.id.toString(), a.version, a.title, a.publisher, a.publishedAt, a.sourceUrl,
                    a.externalId, a.duplicateOf == null ? null : a.duplicateOf.toString(),
                    SimHash.toHex(a.fingerprint), a.truncated, a.ingestedAt);
        }
    }
}
