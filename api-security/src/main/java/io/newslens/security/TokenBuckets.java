package io.newslens.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client: {@code capacity} tokens, refilled evenly over {@code period}, so a
 * client may burst up to the capacity and then goes on at capacity/period. Memory is bounded: at
 * {@code maxClients}, buckets that have refilled completely (idle clients: forgetting them loses
 * nothing) are dropped, and if none has, the least recently used one.
 */
public final class TokenBuckets {

    private final int capacity;
    private final long periodNanos;
    private final int maxClients;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int capacity, long periodNanos, int maxClients, LongSupplier nanoClock) {
        if (capacity < 1 || periodNanos < 1 || maxClients < 1) {
            throw new IllegalArgumentException("capacity, period and max clients must be positive");
        }
        this.capacity = capacity;
        this.periodNanos = periodNanos;
        this.maxClients = maxClients;
        this.nanoClock = nanoClock;
    }

    /** Takes a token for the client: 0 when granted, else the nanoseconds until the next token. */
    public long tryAcquire(String client) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                evict(now);
            }
            bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        }
        return bucket.take(now);
    }

    public int clients() {
        return buckets.size();
    }

    private synchronized void evict(long now) {
        if (buckets.size() < maxClients) {
            return;
        }
        buckets.values().removeIf(b -> b.full(now));
        if (buckets.size() >= maxClients) {
            buckets.entrySet().stream()
                    .min((a, b) -> Long.compare(a.getValue().lastUsed(), b.getValue().lastUsed()))
                    .ifPresent(oldest -> buckets.remove(oldest.getKey()));
        }
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * periodNanos / capacity));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        synchronized long lastUsed() {
            return updated;
        }

        private void refill(long now) {
            long elapsed = now - updated;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + (double) elapsed * capacity / periodNanos);
                updated = now;
            }
        }
    }
}
