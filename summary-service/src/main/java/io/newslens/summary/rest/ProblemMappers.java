package io.newslens.summary.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.newslens.summary.service.PropositionStanceService;
import io.newslens.summary.service.ReanalyseService;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;

/** Every error leaves as problem+json; unexpected ones are logged and never leak internals. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 ? "no such resource" : e.getMessage();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return Problem.of(400, "Bad Request", "request body does not match the expected JSON: " + e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problem.of(400, "Bad Request", "request body is not valid JSON: " + e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response detectorUnavailable(PropositionStanceService.DetectorUnavailableException e) {
        return Problem.of(503, "Service Unavailable", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response batchRunning(ReanalyseService.BatchRunningException e) {
        return Problem.of(409, "Conflict", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isStatementError(sql.getSQLState())) {
                break; // the database answered: a bug of ours (bad value, constraint, SQL), not an outage
            }
            if (t instanceof SQLException || t instanceof org.hibernate.exception.JDBCConnectionException) {
                LOG.warn("database unavailable", e);
                return Problem.of(503, "Service Unavailable", "database unavailable, retry later").toResponse();
            }
        }
        LOG.error("unexpected error", e);
        return Problem.of(500, "Internal Server Error", "unexpected error; see the service log").toResponse();
    }

    /** SQLSTATE classes 22 (data exception), 23 (integrity constraint) and 42 (syntax or access rule). */
    private static boolean isStatementError(String sqlState) {
        return sqlState != null && (sqlState.startsWith("22") || sqlState.startsWith("23") || sqlState.startsWith("42"));
    }
}
