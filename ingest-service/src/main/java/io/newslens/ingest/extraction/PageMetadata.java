package io.newslens.ingest.extraction;

import io.newslens.common.events.ArticleParsed.Author;

import java.time.Instant;
import java.util.List;

/** What a page states about itself in structured data and markup (all fields nullable). */
record PageMetadata(String title, List<Author> authors, Instant publishedAt, String publisher, String section,
                    String language, String structuredBody, String documentType) {

    PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
