package io.newslens.summary.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.newslens.common.events.SummaryComputed;
import io.newslens.common.events.Topics;
import io.newslens.summary.config.SummaryConfig;
import io.newslens.summary.persistence.OutboxEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Sends unsent outbox rows to Kafka and marks each sent only after the broker acknowledged it.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas can relay at once
 * without sending a row twice in the normal case; a crash between ack and commit re-sends a row,
 * which consumers tolerate (they are idempotent). While the broker is down rows simply wait.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    @Channel("summaries")
    MutinyEmitter<SummaryComputed> summaries;

    @Inject
    ObjectMapper mapper;

    @Inject
    SummaryConfig config;

    @Inject
    MeterRegistry metrics;

    @Scheduled(every = "${newslens.summary.outbox.interval:1s}", delayed = "${newslens.summary.outbox.initial-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelayReadiness.class)
    void relay() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (sent == config.outbox().batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay run failed: %s", e.getMessage());
        }
    }

    /** @return rows sent; stops at the first failure so that order per key is kept */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEntity> rows = OutboxEntity.getEntityManager()
                .createNativeQuery("select * from outbox where sent_at is null order by id limit :n for update skip locked",
                        OutboxEntity.class)
                .setParameter("n", config.outbox().batchSize())
                .getResultList();
        int sent = 0;
        for (OutboxEntity row : rows) {
            try {
                send(row);
                row.sentAt = Instant.now();
                sent++;
                metrics.counter("newslens.summary.outbox.sent").increment();
            } catch (RuntimeException e) {
                row.attempts++;
                row.lastError = String.valueOf(e.getMessage());
                metrics.counter("newslens.summary.outbox.send.failures").increment();
                LOG.warnf("outbox row %d (key %s) not sent, will retry: %s", row.id, row.messageKey, e.getMessage());
                break;
            }
        }
        return sent;
    }

    private void send(OutboxEntity row) {
        if (!Topics.SUMMARIES.equals(row.topic)) {
            throw new IllegalStateException("no channel for outbox topic " + row.topic);
        }
        SummaryComputed event;
        try {
            event = mapper.readValue(row.payload, SummaryComputed.class);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable outbox payload", e);
        }
        Message<SummaryComputed> message = Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(row.messageKey).build());
        summaries.sendMessage(message).await().atMost(config.outbox().sendTimeout());
    }
}
