package io.newslens.ingest.rest;

import com.fasterxml.jackson.core.JacksonException;
import io.newslens.ingest.service.IngestException;
import io.newslens.ingest.service.IngestMetrics;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Every error leaves as application/problem+json with the right status. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final IngestMetrics metrics;

    public ProblemMappers(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerExceptionMapper
    public Response ingest(IngestException e) {
        metrics.rejected();
        return Problem.of(e.status(), e.type(), e.title(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response json(JacksonException e) {
        metrics.rejected();
        return Problem.of(400, "malformed-json", "Bad request", "The body is not valid JSON: " + e.getOriginalMessage())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; "));
        return Problem.of(400, "invalid-request", "Bad request", detail).toResponse();
    }

    /** 404, 405, 406, 413, 415 ... raised by the REST layer itself. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail = switch (status) {
            case 415 -> "Unsupported media type. POST /api/articles accepts text/plain, text/html or application/json; "
                    + "/api/articles/batch accepts application/x-ndjson.";
            case 413 -> "The request body is too large.";
            default -> e.getMessage();
        };
        return Problem.of(status, slug, title, detail).toResponse();
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e) {
        LOG.error("unexpected error", e);
        return Problem.of(500, "internal-error", "Internal server error",
                "An unexpected error occurred.").toResponse();
    }
}
