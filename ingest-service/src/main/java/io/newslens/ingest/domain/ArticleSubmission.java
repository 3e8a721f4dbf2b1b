package io.newslens.ingest.domain;

import io.newslens.ingest.extraction.RawPage;

import java.time.Instant;

/**
 * One page to ingest, decoded, with the client's optional hints.
 *
 * @param content     decoded page (HTML or plain text)
 * @param kind        how to read {@code content}
 * @param raw         bytes as received or fetched (stored verbatim)
 * @param contentType media type of {@code raw}
 * @param charset     charset used to decode {@code raw}, if known
 * @param origin      how the page reached us
 */
public record ArticleSubmission(
        String content,
        RawPage.Kind kind,
        byte[] raw,
        String contentType,
        String charset,
        Origin origin,
        String sourceUrl,
        String publisher,
        Instant publishedAt,
        String externalId) {

    public enum Origin { BODY, JSON, URL, BATCH }

    public ArticleSubmission withOrigin(Origin newOrigin) {
        return new ArticleSubmission(content, kind, raw, contentType, charset, newOrigin, sourceUrl, publisher,
                publishedAt, externalId);
    }
}
