package io.newslens.summary.messaging;

import io.newslens.summary.config.SummaryConfig;
import io.newslens.summary.persistence.OutboxEntity;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Deletes outbox rows that were sent longer ago than the retention. */
@ApplicationScoped
public class OutboxJanitor {

    private final SummaryConfig config;

    public OutboxJanitor(SummaryConfig config) {
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        OutboxEntity.delete("sentAt is not null and sentAt < ?1", Instant.now().minus(config.outbox().retention()));
    }
}
