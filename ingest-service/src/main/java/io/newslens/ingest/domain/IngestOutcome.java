package io.newslens.ingest.domain;

import io.newslens.ingest.persistence.Article;

/**
 * Result of one ingestion.
 *
 * @param created true when a new article was stored; false when the page was already known
 *                (same content hash or external id) and the existing article is returned
 */
public record IngestOutcome(Article article, boolean created) {
}
