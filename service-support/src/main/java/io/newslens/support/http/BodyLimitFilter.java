package io.newslens.support.http;

import io.newslens.support.problem.Problem;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Refuses a declared-oversized body (Content-Length above the service's {@link BodyLimits}) with a
 * 413 problem before it is read. A body without a length (chunked) is checked by the resource after
 * reading, and anything above {@code quarkus.http.limits.max-body-size} is cut off by the HTTP layer.
 */
public class BodyLimitFilter {

    private final Instance<BodyLimits> limits;

    public BodyLimitFilter(Instance<BodyLimits> limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limitBody(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (header == null || !limits.isResolvable()) {
            return Optional.empty();
        }
        long length;
        try {
            length = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return limits.get().limitFor(ctx.getMethod(), ctx.getUriInfo().getPath())
                .filter(limit -> length > limit.maxBytes())
                .map(limit -> tooLarge(length, limit).toResponse());
    }

    public static Problem tooLarge(long length, BodyLimits.Limit limit) {
        return Problem.of(413, "payload-too-large", "Payload Too Large", "The body is " + length
                + " bytes; the limit (" + limit.property() + ") is " + limit.maxBytes() + " bytes.");
    }
}
