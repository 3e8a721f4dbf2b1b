package io.newslens.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.OptionalLong;
import java.util.Set;

/** The per-client buckets of {@code newslens.security.rate-limit.*}, shared by all rate-limited endpoints. */
@ApplicationScoped
public class RateLimiter {

    private final boolean enabled;
    private final Set<String> exempt;
    private final TokenBuckets buckets;

    public RateLimiter(SecurityConfig config) {
        SecurityConfig.RateLimit limit = config.rateLimit();
        this.enabled = limit.enabled();
        this.exempt = limit.exempt().orElse(Set.of());
        this.buckets = new TokenBuckets(limit.requests(), limit.period().toNanos(), limit.maxClients(), System::nanoTime);
    }

    /**
     * Takes one request from the client's allowance: empty when allowed, else the seconds to wait.
     *
     * @param principal the authenticated principal's name, or null for an anonymous client
     * @param address   the client's address, used when there is no principal
     */
    public OptionalLong acquire(String principal, String address) {
        if (!enabled || (principal != null && exempt.contains(principal))) {
            return OptionalLong.empty();
        }
        long waitNanos = buckets.tryAcquire(principal != null ? "principal:" + principal : "address:" + address);
        return waitNanos == 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
    }
}
