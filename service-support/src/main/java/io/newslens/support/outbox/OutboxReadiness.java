package io.newslens.support.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Holds the relay and the purge back until the application has started, and again once it is
 * stopping: the scheduler outlives the shutdown event, and a run then would find Hibernate ORM (or
 * the producer) already closed and log a failure on every stop. A message left pending is sent by
 * the next start.
 */
@Singleton
@IfBuildProperty(name = "newslens.outbox.enabled", stringValue = "true")
public class OutboxReadiness implements Scheduled.SkipPredicate {

    private volatile boolean running;

    void onStart(@Observes StartupEvent event) {
        running = true;
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
    }

    public boolean running() {
        return running;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !running;
    }
}
