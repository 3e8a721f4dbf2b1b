package io.newslens.summary.service;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries a storage step a few times with backoff, so that a database blip (fail-over, restart,
 * a unique-key race with another writer) does not send a good article to the dead-letter topic.
 */
final class StorageRetry {

    private static final Logger LOG = Logger.getLogger(StorageRetry.class);

    private final int attempts;
    private final Duration firstBackoff;

    StorageRetry(int attempts, Duration firstBackoff) {
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    <T> T call(String what, Supplier<T> step) {
        long backoff = firstBackoff.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts) throw e;
                LOG.warnf("%s failed (attempt %d of %d), retrying in %d ms: %s", what, attempt, attempts, backoff, e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }
}
