package io.newslens.search.embedding;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads the embedding model in the background right after start-up: readiness does not wait for
 * it, and the first indexed article does not pay for it either.
 */
@ApplicationScoped
public class EmbeddingWarmUp {

    private static final Logger LOG = Logger.getLogger(EmbeddingWarmUp.class);

    void onStart(@Observes StartupEvent event, EmbeddingService embeddings) {
        Thread thread = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                embeddings.warmUp();
                LOG.infof("embedding model ready in %d ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                // the first embed() retries the load and reports the error where it matters
                LOG.warnf("embedding model warm-up failed: %s", e.getMessage());
            }
        }, "embedding-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
