package io.newslens.localstack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a health check until it passes, the process dies, or time runs out. */
public final class Waiter {

    private Waiter() {
    }

    static void until(Duration timeout, ChildProcess process, String what, BooleanSupplier healthy) {
        until(timeout, Duration.ofMillis(250), process, what, healthy);
    }

    /** @param poll how often to probe (shorter where the start-up time itself is measured) */
    public static void until(Duration timeout, Duration poll, ChildProcess process, String what, BooleanSupplier healthy) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null) {
                process.requireAlive();
            }
            if (healthy.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        String log = process == null ? "" : "; last log lines:\n" + ChildProcess.tail(process.logFile(), 40);
        throw new IllegalStateException(what + " not healthy after " + timeout.toSeconds() + " s" + log);
    }
}
