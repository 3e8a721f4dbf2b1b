package io.newslens.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;
import java.util.Set;

/**
 * Answers 429 with Retry-After (and a problem body) when a client has used up its requests on a
 * {@link RateLimited} endpoint. The client is the authenticated principal (API key client, OIDC
 * subject), else the remote address (behind a proxy: enable quarkus.http.proxy.proxy-address-forwarding).
 * Runs after authorization, so refused requests (401/403) use no tokens.
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHORIZATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {

    private final boolean enabled;
    private final Set<String> exempt;
    private final TokenBuckets buckets;
    private final CurrentVertxRequest request;

    @Inject
    public RateLimitFilter(SecurityConfig config, CurrentVertxRequest request) {
        SecurityConfig.RateLimit limit = config.rateLimit();
        this.enabled = limit.enabled();
        this.exempt = limit.exempt().orElse(Set.of());
        this.buckets = new TokenBuckets(limit.requests(), limit.period().toNanos(), limit.maxClients(), System::nanoTime);
        this.request = request;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (!enabled) {
            return;
        }
        Principal principal = context.getSecurityContext().getUserPrincipal();
        String client;
        if (principal != null && !principal.getName().isEmpty()) {
            if (exempt.contains(principal.getName())) {
                return;
            }
            client = "principal:" + principal.getName();
        } else {
            SocketAddress address = request.getCurrent().request().remoteAddress();
            client = "address:" + (address == null ? "unknown" : address.hostAddress());
        }
        long waitNanos = buckets.tryAcquire(client);
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            context.abortWith(Problems.tooManyRequests(seconds));
        }
    }
}
