package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Failures of asynchronous reads become the same API errors as those of blocking reads. */
class ElasticsearchCallsTest {

    private final ElasticsearchCalls calls = new ElasticsearchCalls(null);

    private RuntimeException failureOf(Throwable cause) {
        return assertThrows(RuntimeException.class, () -> calls.readAsync("q",
                () -> CompletableFuture.failedFuture(cause)).await().indefinitely());
    }

    private static ElasticsearchException rejected(int status) {
        return new ElasticsearchException("search", ErrorResponse.of(e -> e.status(status)
                .error(c -> c.type("parsing_exception").reason("unknown field"))));
    }

    @Test
    void aRejectedRequestIsABadParameter() {
        BadParameterException e = assertInstanceOf(BadParameterException.class, failureOf(rejected(400)));
        assertEquals("q", e.parameter());
        assertEquals("Elasticsearch cannot run this q: unknown field", e.getMessage());
    }

    @Test
    void anUnreachableOrFailingClusterIsUnavailable() {
        assertInstanceOf(SearchUnavailableException.class, failureOf(new ConnectException("refused")));
        assertInstanceOf(SearchUnavailableException.class, failureOf(new IOException("reset")));
        assertInstanceOf(SearchUnavailableException.class, failureOf(rejected(503)));
        assertInstanceOf(SearchUnavailableException.class,
                failureOf(new java.util.concurrent.CompletionException(new IOException("wrapped"))));
    }

    @Test
    void otherFailuresPassUnchanged() {
        IllegalArgumentException bug = new IllegalArgumentException("bug");
        assertSame(bug, failureOf(bug));
    }
}
