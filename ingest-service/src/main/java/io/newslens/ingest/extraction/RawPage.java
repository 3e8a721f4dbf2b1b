package io.newslens.ingest.extraction;

import java.time.Instant;

/**
 * A page as the client sent it.
 *
 * @param content             the decoded page (HTML markup or plain text)
 * @param kind                how to read {@code content}
 * @param sourceUrl           where the page came from, if known (helps resolve publisher and relative links)
 * @param publisherHint       publisher given by the client; wins over what the page says
 * @param publishedAtHint     publication time given by the client; wins over what the page says
 */
public record RawPage(String content, Kind kind, String sourceUrl, String publisherHint, Instant publishedAtHint) {

    public enum Kind { HTML, TEXT }

    public static RawPage html(String html) {
        return new RawPage(html, Kind.HTML, null, null, null);
    }

    public static RawPage text(String text) {
        return new RawPage(text, Kind.TEXT, null, null, null);
    }
}
