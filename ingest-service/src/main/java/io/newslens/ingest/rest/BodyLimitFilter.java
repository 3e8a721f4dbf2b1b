package io.newslens.ingest.rest;

import io.newslens.ingest.config.IngestConfig;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Refuses a declared-oversized body (Content-Length) with a 413 problem before it is read. Bodies
 * without a length (chunked) are checked after reading by the resources; anything above
 * {@code quarkus.http.limits.max-body-size} is cut off by the HTTP layer itself.
 */
public class BodyLimitFilter {

    private final IngestConfig config;

    public BodyLimitFilter(IngestConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limitBody(ContainerRequestContext ctx) {
        if (!HttpMethod.POST.equals(ctx.getMethod())) {
            return Optional.empty();
        }
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
        boolean batch = ctx.getUriInfo().getPath().endsWith("/batch");
        long limit = batch ? config.batch().maxBodyBytes() : config.maxBodyBytes();
        if (length > limit) {
            return Optional.of(Problem.of(413, "payload-too-large", "Payload too large",
                    "The body is " + length + " bytes; the limit ("
                    + (batch ? "newslens.ingest.batch.max-body-bytes" : "newslens.ingest.max-body-bytes") + ") is " + limit + " bytes.").toResponse());
        }
        return Optional.empty();
    }
}
