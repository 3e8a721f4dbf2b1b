package io.newslens.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

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
    private final CurrentIdentityAssociation identity;

    public RateLimitFilter(RateLimiter limiter, CurrentVertxRequest request, CurrentIdentityAssociation identity) {
        this.limiter = limiter;
        this.request = request;
        this.identity = identity;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        // Authentication is lazy (proactive=false): on an endpoint without a role check nothing has
        // authenticated yet, so ask for the identity without blocking, and decide when it is known.
        ResteasyReactiveContainerRequestContext reactive = (ResteasyReactiveContainerRequestContext) context;
        SocketAddress address = request.getCurrent().request().remoteAddress();
        String host = address == null ? "unknown" : address.hostAddress();
        reactive.suspend();
        identity.getDeferredIdentity().subscribe().with(id -> {
            String name = id.isAnonymous() || id.getPrincipal().getName().isEmpty() ? null : id.getPrincipal().getName();
            limiter.acquire(name, host).ifPresent(seconds -> context.abortWith(Problems.tooManyRequests(seconds)));
            reactive.resume();
        }, reactive::resume);
    }
}
