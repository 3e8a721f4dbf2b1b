package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newslens.search.index.IndexManager;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

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
        } catch (ElasticsearchException e) {
            int status = e.status();
            if (status == 400) {
                throw new BadParameterException(blamedParameter, "Elasticsearch cannot run this "
                        + blamedParameter + ": " + (e.error() == null ? e.getMessage() : e.error().reason()));
            }
            throw new SearchUnavailableException("Elasticsearch answered " + status, e);
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch is unavailable: " + e.getMessage(), e);
        }
    }
}
