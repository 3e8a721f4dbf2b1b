package io.newslens.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
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
 * Sends pending outbox messages and marks each sent only after the broker acknowledged it.
 *
 * <ul>
 *   <li>Messages are locked with {@code FOR UPDATE SKIP LOCKED} for the duration of a batch, so
 *       several replicas relay side by side without sending a message twice concurrently.</li>
 *   <li>Delivery is at least once: a crash between the ack and the commit sends a message again;
 *       consumers are idempotent on (id, version) and keep the newest version.</li>
 *   <li>A transport failure (broker away, timeout) leaves the message pending and ends the round:
 *       nothing behind it could go either, and the next round retries oldest first.</li>
 *   <li>A failure of the message itself ({@link OutboxSender#isPermanent}: too large, invalid
 *       topic) dead-letters it in place ({@code dead_at} set, the reason in {@code last_error}), so
 *       one bad message never blocks the others; an operator re-queues it by clearing
 *       {@code dead_at}.</li>
 * </ul>
 */
@ApplicationScoped
@IfBuildProperty(name = "newslens.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    /** What one relay call did: sent, left pending after a transport failure, dead-lettered; then pending. */
    public record Round(int sent, int failed, int dead, long backlog) {
    }

    private record Batch(int attempted, int sent, int failed, int dead) {
    }

    private final OutboxSender sender;
    private final OutboxConfig config;
    private final OutboxReadiness readiness;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong deadMessages = new AtomicLong();
    private final Counter sentCounter;
    private final Counter failureCounter;
    private final Counter deadCounter;
    private volatile boolean paused;

    public OutboxRelay(OutboxSender sender, OutboxConfig config, OutboxReadiness readiness, MeterRegistry registry) {
        this.sender = sender;
        this.config = config;
        this.readiness = readiness;
        Gauge.builder("newslens.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox messages not yet acknowledged by the broker").register(registry);
        Gauge.builder("newslens.outbox.dead.messages", deadMessages, AtomicLong::get)
                .description("Outbox messages the sender refused for good, kept for an operator").register(registry);
        this.sentCounter = Counter.builder("newslens.outbox.sent")
                .description("Outbox messages acknowledged by the broker").register(registry);
        this.failureCounter = Counter.builder("newslens.outbox.failures")
                .description("Send attempts that failed in transport; the message stays pending").register(registry);
        this.deadCounter = Counter.builder("newslens.outbox.dead")
                .description("Messages dead-lettered because the sender refused them for good").register(registry);
    }

    @Scheduled(every = "${newslens.outbox.relay.interval:1s}", delayed = "${newslens.outbox.relay.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OutboxReadiness.class)
    void scheduled() {
        if (!config.relay().enabled() || paused) {
            refreshCounts();
            return;
        }
        try {
            relay();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay round failed: %s", e.toString()); // database away: the next tick retries
        }
    }

    /** Sends with the application's sender until nothing is pending or the transport fails. */
    public Round relay() {
        return relay(sender);
    }

    /** One relay call with the given sender (tests pass one aimed at an unreachable broker). */
    public synchronized Round relay(OutboxSender via) {
        int sent = 0;
        int failed = 0;
        int dead = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(() -> sendBatch(via));
            sent += batch.sent();
            failed += batch.failed();
            dead += batch.dead();
            if (batch.failed() > 0 || batch.attempted() < config.relay().batchSize() || !readiness.running()) {
                break;
            }
        }
        return new Round(sent, failed, dead, refreshCounts());
    }

    /** Stops and resumes the scheduled relay at run time (operations, tests); waits for a running round. */
    public synchronized void pause(boolean pause) {
        this.paused = pause;
    }

    public long backlog() {
        return backlog.get();
    }

    private Batch sendBatch(OutboxSender via) {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> rows = OutboxMessage.getEntityManager().createNativeQuery(
                        "select * from outbox where sent_at is null and dead_at is null order by id limit :n "
                                + "for update skip locked", OutboxMessage.class)
                .setParameter("n", config.relay().batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return new Batch(0, 0, 0, 0);
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (OutboxMessage row : rows) {
            CompletableFuture<Void> ack = send(via, row);
            acks.add(ack);
            if (failedInTransport(via, ack)) {
                break; // the broker is away: do not wait max.block.ms once per message
            }
        }
        long deadline = System.nanoTime() + config.relay().ackTimeout().toNanos();
        Instant now = Instant.now();
        int sent = 0;
        int failed = 0;
        int dead = 0;
        for (int i = 0; i < acks.size(); i++) {
            OutboxMessage row = rows.get(i);
            row.attempts++;
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.sentAt = now;
                row.lastError = null;
                sent++;
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                row.lastError = truncate(cause.toString());
                if (via.isPermanent(cause)) {
                    row.deadAt = now;
                    dead++;
                    LOG.errorf("outbox message %d (topic %s, key %s) dead-lettered, clear dead_at to send it again: %s",
                            row.id, row.topic, row.messageKey, row.lastError);
                } else {
                    failed++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                row.lastError = "interrupted";
                failed++;
            }
        }
        sentCounter.increment(sent);
        deadCounter.increment(dead);
        if (failed > 0) {
            failureCounter.increment(failed);
            LOG.warnf("outbox: %d message(s) not acknowledged, will retry: %s", failed, rows.stream()
                    .filter(OutboxMessage::pending).map(r -> r.lastError).filter(e -> e != null).findFirst().orElse(""));
        }
        return new Batch(acks.size(), sent, failed, dead);
    }

    private static CompletableFuture<Void> send(OutboxSender via, OutboxMessage row) {
        try {
            return via.send(row.topic, row.messageKey, row.payload);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean failedInTransport(OutboxSender via, CompletableFuture<Void> ack) {
        if (!ack.isCompletedExceptionally()) {
            return false;
        }
        try {
            ack.join();
            return false;
        } catch (RuntimeException e) {
            return !via.isPermanent(e.getCause() != null ? e.getCause() : e);
        }
    }

    /** Refreshes the backlog and dead-message gauges; returns the backlog. */
    private long refreshCounts() {
        try {
            Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) OutboxMessage.getEntityManager()
                    .createNativeQuery("select count(*) filter (where dead_at is null), count(*) filter (where dead_at is not null) "
                            + "from outbox where sent_at is null")
                    .getSingleResult());
            backlog.set(((Number) counts[0]).longValue());
            deadMessages.set(((Number) counts[1]).longValue());
        } catch (RuntimeException e) {
            // database away: keep the last known values
        }
        return backlog.get();
    }

    private static String truncate(String s) {
        return s.length() <= MAX_ERROR_LENGTH ? s : s.substring(0, MAX_ERROR_LENGTH);
    }
}
