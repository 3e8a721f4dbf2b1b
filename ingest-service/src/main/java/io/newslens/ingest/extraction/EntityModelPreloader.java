package io.newslens.ingest.extraction;

import io.newslens.entities.EntityRecognizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Starts loading the named-entity model on a background thread at start-up, so the service is ready at
 * once and the model (about 2 s) is usually loaded before the first article arrives; an article that
 * comes earlier waits for it.
 */
@ApplicationScoped
class EntityModelPreloader {

    void onStart(@Observes StartupEvent event) {
        EntityRecognizer.preload();
    }
}
