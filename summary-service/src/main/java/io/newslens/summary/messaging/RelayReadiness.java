package io.newslens.summary.messaging;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Holds the outbox relay back until the application (and its Kafka channels) has started. */
@Singleton
public class RelayReadiness implements Scheduled.SkipPredicate {

    private volatile boolean started;

    void onStart(@Observes StartupEvent event) {
        started = true;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !started;
    }
}
