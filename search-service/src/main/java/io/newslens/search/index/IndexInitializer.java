package io.newslens.search.index;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Creates the index and alias at start-up; if Elasticsearch is not up yet, the first write or search does it. */
@ApplicationScoped
public class IndexInitializer {

    private static final Logger LOG = Logger.getLogger(IndexInitializer.class);

    void onStart(@Observes StartupEvent e, IndexManager indices) {
        try {
            indices.ensureIndex();
            LOG.infof("alias %s -> %s", indices.alias(), indices.currentIndex().orElse("?"));
        } catch (Exception ex) {
            LOG.warnf("could not prepare index %s at start-up (%s); will retry on first use", indices.alias(), ex.toString());
        }
    }
}
