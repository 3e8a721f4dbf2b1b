package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newslens.search.index.IndexManager;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs a read against Elasticsearch and turns its failures into API errors: unreachable, overloaded or
 * failing cluster -> {@link SearchUnavailableException} (503); a request it rejects as bad -> 400 on
 * the parameter that carried it.
 */
@ApplicationScoped
public class ElasticsearchCalls {

    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException;
    }

    private final IndexManager indices;

    public ElasticsearchCalls(IndexManager indices) {
        this.indices = indices;
    }

    public <T> T read(String blamedParameter, Call<T> call) {
        try {
            indices.ensureIndex();
            return call.run();
        } catch (ElasticsearchException | IOException e) {
            throw translate(blamedParameter, e);
        }
    }

    /**
     * The non-blocking form of {@link #read}, for calls made on an event loop. It does not create the index:
     * callers use it once {@link IndexManager#isReady()}.
     */
    public <T> Uni<T> readAsync(String blamedParameter, Supplier<CompletableFuture<T>> call) {
        return Uni.createFrom().completionStage(call).onFailure().transform(e -> translate(blamedParameter, e));
    }

    private static RuntimeException translate(String blamedParameter, Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (e instanceof ElasticsearchException ee) {
            int status = ee.status();
            if (status == 400) {
                return new BadParameterException(blamedParameter, "Elasticsearch cannot run this "
                        + blamedParameter + ": " + (ee.error() == null ? ee.getMessage() : ee.error().reason()));
            }
            return new SearchUnavailableException("Elasticsearch answered " + status, ee);
        }
        if (e instanceof IOException io) {
            return new SearchUnavailableException("Elasticsearch is unavailable: " + io.getMessage(), io);
        }
        return e instanceof RuntimeException re ? re : new IllegalStateException(e);
    }
}
