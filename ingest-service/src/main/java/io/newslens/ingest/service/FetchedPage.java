package io.newslens.ingest.service;

import io.newslens.ingest.extraction.RawPage;

import java.net.URI;

/** A page fetched from the web, decoded. */
public record FetchedPage(URI finalUri, byte[] body, String contentType, String charset, String text,
                          RawPage.Kind kind) {
}
