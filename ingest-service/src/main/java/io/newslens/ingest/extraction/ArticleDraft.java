package io.newslens.ingest.extraction;

import io.newslens.common.events.ArticleParsed.Author;

import java.time.Instant;
import java.util.List;

/** What the HTML or plain-text reader found, before language and entity analysis of the body. */
record ArticleDraft(String title, List<Author> authors, String publisher, String section, Instant publishedAt,
                    String language, String documentType, List<String> paragraphs, boolean truncated) {

    ArticleDraft {
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
