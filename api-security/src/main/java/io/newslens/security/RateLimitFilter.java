package io.newslens.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;

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

    // client proxies: filters are created at static init, before the runtime configuration exists
    private final RateLimiter limiter;
    private final CurrentVertxRequest request;

    public RateLimitFilter(RateLimiter limiter, CurrentVertxRequest request) {
        this.limiter = limiter;
        this.request = request;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        Principal principal = context.getSecurityContext().getUserPrincipal();
        String name = principal == null || principal.getName().isEmpty() ? null : principal.getName();
        SocketAddress address = request.getCurrent().request().remoteAddress();
        limiter.acquire(name, address == null ? "unknown" : address.hostAddress())
                .ifPresent(seconds -> context.abortWith(Problems.tooManyRequests(seconds)));
    }
}
