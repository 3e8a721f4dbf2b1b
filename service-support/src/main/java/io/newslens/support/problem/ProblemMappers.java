package io.newslens.support.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;

/**
 * The base mappers every service gets: every error leaves as problem+json with the right status and
 * without internals. Their priority is lower than the default, so a service's own mapper for the same
 * exception type (for example one that also counts rejections) wins.
 */
public class ProblemMappers {

    /** Priority of these mappers: after a service's own ones ({@link Priorities#USER}). */
    public static final int BASE_PRIORITY = Priorities.USER + 100;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = BASE_PRIORITY)
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    /** 404, 405, 406, 413, 415 ... raised by the REST layer itself (they would otherwise have no body). */
    @ServerExceptionMapper(priority = BASE_PRIORITY)
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? Problem.reasonPhrase(status) : e.getMessage();
        return Problem.ofStatus(status, detail).toResponse();
    }

    @ServerExceptionMapper(priority = BASE_PRIORITY)
    public Response mismatchedInput(MismatchedInputException e) {
        return badJson("The body does not match the expected JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper(priority = BASE_PRIORITY)
    public Response json(JacksonException e) {
        return badJson("The body is not valid JSON: " + e.getOriginalMessage());
    }

    public static Response badJson(String detail) {
        return Problem.of(400, "malformed-json", "Bad Request", detail).toResponse();
    }

    /**
     * Anything unforeseen: 503 when the database is away (retry later), else a 500 without internals.
     * Both are logged.
     */
    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e) {
        if (isDatabaseOutage(e)) {
            LOG.warn("database unavailable", e);
            return Problem.of(503, "database-unavailable", "Service Unavailable", "database unavailable, retry later")
                    .toResponse();
        }
        LOG.error("unexpected error", e);
        return Problem.of(500, "internal-error", "Internal Server Error", "An unexpected error occurred; see the service log.")
                .toResponse();
    }

    /**
     * An SQLException in the cause chain that is not a statement error: SQLSTATE classes 22 (data
     * exception), 23 (integrity constraint) and 42 (syntax or access rule) mean the database answered,
     * so the error is ours, not an outage.
     */
    static boolean isDatabaseOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                return !(state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("42")));
            }
        }
        return false;
    }
}
