package io.newslens.search.service;

/** Elasticsearch cannot answer right now; answered with 503 and Retry-After. */
public class SearchUnavailableException extends RuntimeException {
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
