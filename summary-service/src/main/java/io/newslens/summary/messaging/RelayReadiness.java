package io.newslens.summary.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Holds the outbox relay back until the application (and its Kafka channels) has started, and again
 * once it is stopping: the scheduler outlives the shutdown event, and a run then would find Hibernate
 * ORM (or the Kafka producer) already closed and log a failure on every stop. An event left in the
 * outbox is sent by the next start.
 */
@Singleton
public class RelayReadiness implements Scheduled.SkipPredicate {

    private volatile boolean running;

    void onStart(@Observes StartupEvent event) {
        running = true;
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !running;
    }
}
