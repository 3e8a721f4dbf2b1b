package io.newslens.search.embedding;

import io.newslens.search.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the embedding implementation from newslens.search.embedding.enabled. */
@ApplicationScoped
public class EmbeddingProducer {

    @Produces
    @Singleton
    EmbeddingService embeddingService(SearchConfig config) {
        return config.embedding().enabled() ? new MiniLmEmbeddingService(config.embedding().threads()) : new DisabledEmbeddingService();
    }
}
