package io.newslens.summary.rest;

import io.newslens.summary.config.SummaryConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Refuses a declared-oversized body (Content-Length above {@code newslens.summary.limits.max-body-bytes})
 * with a 413 problem before it is read; a chunked body is cut off by {@code quarkus.http.limits.max-body-size}.
 */
public class BodyLimitFilter {

    private final SummaryConfig config;

    public BodyLimitFilter(SummaryConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limitBody(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return Optional.empty();
        }
        long length;
        try {
            length = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        long limit = config.limits().maxBodyBytes();
        if (length > limit) {
            return Optional.of(Problem.of(413, "Payload Too Large", "the body is " + length
                    + " bytes; the limit (newslens.summary.limits.max-body-bytes) is " + limit + " bytes").toResponse());
        }
        return Optional.empty();
    }
}
