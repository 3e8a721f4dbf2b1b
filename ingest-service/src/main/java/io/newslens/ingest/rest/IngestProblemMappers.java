package io.newslens.ingest.rest;

import com.fasterxml.jackson.core.JacksonException;
import io.newslens.ingest.service.IngestException;
import io.newslens.ingest.service.IngestMetrics;
import io.newslens.support.problem.Problem;
import io.newslens.support.problem.ProblemMappers;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/**
 * What ingest answers beyond service-support's base {@link ProblemMappers}: rejected submissions are
 * counted ({@code newslens_ingest_rejected_total}), a constraint violation names its fields, and a 415
 * says which media types the endpoints take.
 */
public class IngestProblemMappers {

    private final IngestMetrics metrics;

    public IngestProblemMappers(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerExceptionMapper
    public Response ingest(IngestException e) {
        metrics.rejected();
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response json(JacksonException e) {
        metrics.rejected();
        return ProblemMappers.badJson("The body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; "));
        return Problem.of(400, "invalid-request", "Bad request", detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                "Unsupported media type. POST /api/articles accepts text/plain, text/html or application/json; "
                        + "/api/articles/batch accepts application/x-ndjson.").toResponse();
    }
}
