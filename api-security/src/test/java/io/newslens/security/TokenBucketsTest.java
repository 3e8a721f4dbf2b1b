package io.newslens.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    @Test
    void grantsTheCapacityThenTellsHowLongToWait() {
        TokenBuckets buckets = new TokenBuckets(3, MINUTE, 100, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.tryAcquire("a"), "request " + i);
        }
        long wait = buckets.tryAcquire("a");
        // one token per 20 s
        assertEquals(TimeUnit.SECONDS.toNanos(20), wait, TimeUnit.MILLISECONDS.toNanos(1));
        assertEquals(0, buckets.tryAcquire("b"), "clients have their own buckets");
    }

    @Test
    void refillsAtCapacityPerPeriod() {
        TokenBuckets buckets = new TokenBuckets(3, MINUTE, 100, now::get);
        for (int i = 0; i < 3; i++) {
            buckets.tryAcquire("a");
        }
        now.addAndGet(TimeUnit.SECONDS.toNanos(19));
        assertTrue(buckets.tryAcquire("a") > 0, "not yet a whole token after 19 s");
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertEquals(0, buckets.tryAcquire("a"), "one token after 20 s");
        assertTrue(buckets.tryAcquire("a") > 0);
        now.addAndGet(TimeUnit.HOURS.toNanos(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.tryAcquire("a"), "a long pause refills only up to the capacity");
        }
        assertTrue(buckets.tryAcquire("a") > 0);
    }

    @Test
    void memoryStaysBoundedDroppingIdleClientsFirst() {
        TokenBuckets buckets = new TokenBuckets(2, MINUTE, 3, now::get);
        buckets.tryAcquire("busy");
        buckets.tryAcquire("busy");
        now.addAndGet(1);
        buckets.tryAcquire("idle-1");
        buckets.tryAcquire("idle-2");
        now.addAndGet(MINUTE); // idle-1 and idle-2 refill; busy too, so make it busy again
        buckets.tryAcquire("busy");
        buckets.tryAcquire("busy");
        assertEquals(0, buckets.tryAcquire("new"));
        assertTrue(buckets.clients() <= 3);
        assertTrue(buckets.tryAcquire("busy") > 0, "the busy client kept its (empty) bucket");
        for (int i = 0; i < 100; i++) {
            buckets.tryAcquire("flood-" + i);
            assertTrue(buckets.clients() <= 3, "never more than max clients");
        }
    }
}
