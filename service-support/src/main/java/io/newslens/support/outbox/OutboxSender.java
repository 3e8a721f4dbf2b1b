package io.newslens.support.outbox;

import java.util.concurrent.CompletableFuture;

/**
 * Where the relay hands a message. {@link KafkaOutboxSender} is the default; a service (or a test)
 * provides another bean, or passes one to {@link OutboxRelay#relay(OutboxSender)}.
 */
public interface OutboxSender {

    /** Sends one message; the future completes when the broker acknowledged it. */
    CompletableFuture<Void> send(String topic, String key, String payload);

    /**
     * Whether a failure is the message's own (too large, an invalid topic): retrying cannot help, so
     * the relay dead-letters it. Every other failure (broker away, timeout) leaves it pending.
     */
    boolean isPermanent(Throwable failure);
}
