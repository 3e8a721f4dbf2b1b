package io.newslens.support.outbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Deletes messages the broker acknowledged longer ago than the retention; pending and dead ones stay. */
@ApplicationScoped
@IfBuildProperty(name = "newslens.outbox.enabled", stringValue = "true")
public class OutboxJanitor {

    private static final Logger LOG = Logger.getLogger(OutboxJanitor.class);

    private final OutboxConfig config;

    public OutboxJanitor(OutboxConfig config) {
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = OutboxReadiness.class)
    void scheduledPurge() {
        try {
            long deleted = purgeSentBefore(Instant.now().minus(config.retention()));
            if (deleted > 0) {
                LOG.infof("outbox: deleted %d sent message(s) older than %s", deleted, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox purge failed: %s", e.toString()); // database away: the next hour retries
        }
    }

    public long purgeSentBefore(Instant before) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.delete("sentAt is not null and sentAt < ?1", before));
    }
}
