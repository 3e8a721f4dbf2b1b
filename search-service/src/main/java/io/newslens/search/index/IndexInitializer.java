package io.newslens.search.index;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Creates the index and alias right after start-up, off the start-up thread: creating an index on a
 * fresh cluster takes Elasticsearch a second or more, which would otherwise delay readiness. Nothing
 * waits for it: every read and write calls {@link IndexManager#ensureIndex()} first (idempotent and
 * race-free), and if Elasticsearch is not up yet, the first of them creates it.
 */
@ApplicationScoped
public class IndexInitializer {

    private static final Logger LOG = Logger.getLogger(IndexInitializer.class);

    void onStart(@Observes StartupEvent e, IndexManager indices) {
        Thread t = new Thread(() -> prepare(indices), "index-initializer");
        t.setDaemon(true);
        t.start();
    }

    private static void prepare(IndexManager indices) {
        try {
            indices.ensureIndex();
            LOG.infof("alias %s -> %s", indices.alias(), indices.currentIndex().orElse("?"));
        } catch (Exception ex) {
            LOG.warnf("could not prepare index %s at start-up (%s); will retry on first use", indices.alias(), ex.toString());
        }
    }
}
