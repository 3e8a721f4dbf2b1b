package io.newslens.ingest.messaging;

import io.newslens.common.events.ArticleParsed;
import io.newslens.ingest.domain.SimHash;
import io.newslens.ingest.persistence.Article;
import io.newslens.ingest.persistence.ArticleJson;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the {@link ArticleParsed} event (the public contract) from a stored article. */
@ApplicationScoped
public class ArticleEvents {

    private final ArticleJson json;

    public ArticleEvents(ArticleJson json) {
        this.json = json;
    }

    public ArticleParsed toEvent(Article a) {
        return new ArticleParsed(
                ArticleParsed.SCHEMA_VERSION,
                a.id.toString(),
                a.version,
                a.sourceUrl,
                a.contentHash,
                SimHash.toHex(a.fingerprint),
                a.duplicateOf == null ? null : a.duplicateOf.toString(),
                a.title,
                json.authors(a),
                a.publisher,
                a.section,
                a.publishedAt,
                a.language,
                a.documentType,
                a.text,
                json.paragraphs(a),
                json.entities(a),
                a.truncated,
                a.ingestedAt);
    }
}
