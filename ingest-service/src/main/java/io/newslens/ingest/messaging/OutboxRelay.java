package io.newslens.ingest.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newslens.common.events.ArticleParsed;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.persistence.OutboxEvent;
import io.newslens.ingest.persistence.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes pending outbox rows to Kafka and marks each one sent only after the broker acknowledged
 * it. Rows are locked with FOR UPDATE SKIP LOCKED for the duration of the batch, so several service
 * instances never publish the same row concurrently. Delivery is at-least-once (a crash between the
 * ack and the commit re-sends the row); consumers are idempotent on (id, version).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    /** What one relay round did. */
    public record Round(int sent, int failed, long backlog) {
    }

    private final OutboxRepository outbox;
    private final ArticlePublisher publisher;
    private final ObjectMapper mapper;
    private final IngestConfig.Outbox config;
    private final AtomicLong backlog = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private volatile boolean paused;

    public OutboxRelay(OutboxRepository outbox, KafkaArticlePublisher publisher, ObjectMapper mapper,
                       IngestConfig config, MeterRegistry registry) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.mapper = mapper;
        this.config = config.outbox();
        Gauge.builder("newslens.ingest.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        this.published = Counter.builder("newslens.ingest.outbox.published")
                .description("Outbox events acknowledged by Kafka").register(registry);
        this.failures = Counter.builder("newslens.ingest.outbox.failures")
                .description("Outbox publish attempts that failed").register(registry);
    }

    @Scheduled(every = "${newslens.ingest.outbox.interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void scheduled() {
        if (!config.enabled() || paused) {
            refreshBacklog();
            return;
        }
        try {
            relay();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay round failed: %s", e.toString()); // database down: next tick retries
        }
    }

    /** Housekeeping: forget events the broker acknowledged long ago. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeSent() {
        try {
            long deleted = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.deleteSentBefore(Instant.now().minus(config.retention())));
            if (deleted > 0) {
                LOG.infof("outbox: deleted %d sent event(s) older than %s", deleted, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox purge failed: %s", e.toString());
        }
    }

    /** Publishes with the application's Kafka producer until the outbox is empty or a send fails. */
    public Round relay() {
        return relay(publisher);
    }

    /** One relay pass with the given publisher (tests pass one aimed at an unreachable broker). */
    public synchronized Round relay(ArticlePublisher via) {
        int sent = 0;
        int failed = 0;
        while (true) {
            int[] round = QuarkusTransaction.requiringNew().call(() -> publishBatch(via));
            sent += round[0];
            failed += round[1];
            if (round[1] > 0 || round[0] + round[1] < config.batchSize()) {
                break;
            }
        }
        return new Round(sent, failed, refreshBacklog());
    }

    /** Stops and resumes the scheduled relay at runtime (operations and tests); waits for a running round. */
    public synchronized void pause(boolean pause) {
        this.paused = pause;
    }

    public long backlog() {
        return backlog.get();
    }

    private int[] publishBatch(ArticlePublisher via) {
        List<OutboxEvent> rows = outbox.lockPending(config.batchSize());
        if (rows.isEmpty()) {
            return new int[]{0, 0};
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            CompletableFuture<Void> ack = send(via, row);
            acks.add(ack);
            if (brokerUnavailable(ack)) {
                break; // do not wait max.block.ms once per row; a poison row (bad payload) does not stop the batch
            }
        }
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        int sent = 0;
        int failed = 0;
        Instant now = Instant.now();
        for (int i = 0; i < acks.size(); i++) {
            OutboxEvent row = rows.get(i);
            row.attempts++;
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.sentAt = now;
                row.lastError = null;
                sent++;
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                row.lastError = truncate(cause.toString());
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                row.lastError = "interrupted";
                failed++;
            }
        }
        published.increment(sent);
        if (failed > 0) {
            failures.increment(failed);
            LOG.warnf("outbox: %d event(s) not acknowledged, will retry: %s", failed, rows.stream()
                    .filter(r -> r.sentAt == null).map(r -> r.lastError).findFirst().orElse(""));
        }
        return new int[]{sent, failed};
    }

    private CompletableFuture<Void> send(ArticlePublisher via, OutboxEvent row) {
        try {
            ArticleParsed event = mapper.readValue(row.payload, ArticleParsed.class);
            return via.send(row.topic, row.eventKey, event);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean brokerUnavailable(CompletableFuture<Void> ack) {
        if (!ack.isCompletedExceptionally()) {
            return false;
        }
        try {
            ack.join();
            return false;
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause() instanceof org.apache.kafka.common.errors.RetriableException;
        }
    }

    private long refreshBacklog() {
        try {
            long pending = QuarkusTransaction.requiringNew().call(outbox::countPending);
            backlog.set(pending);
            return pending;
        } catch (RuntimeException e) {
            return backlog.get();
        }
    }

    private static String truncate(String s) {
        return s.length() <= MAX_ERROR_LENGTH ? s : s.substring(0, MAX_ERROR_LENGTH);
    }
}
