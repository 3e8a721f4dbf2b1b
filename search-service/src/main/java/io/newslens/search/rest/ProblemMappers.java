package io.newslens.search.rest;

import io.newslens.search.config.SearchConfig;
import io.newslens.search.service.BadParameterException;
import io.newslens.search.service.SearchUnavailableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** Errors as application/problem+json (RFC 9457). */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final SearchConfig config;

    public ProblemMappers(SearchConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        Map<String, Object> body = problem("/problems/invalid-parameter", "Invalid parameter", 400, e.getMessage());
        body.put("parameter", e.parameter());
        return Response.status(400).type(PROBLEM_JSON).entity(body).build();
    }

    @ServerExceptionMapper
    public Response unavailable(SearchUnavailableException e) {
        LOG.warnf("search unavailable: %s", e.getMessage());
        int retryAfter = config.indexing().retryAfterSeconds();
        return Response.status(503).type(PROBLEM_JSON).header("Retry-After", retryAfter)
                .entity(problem("/problems/search-unavailable", "Search temporarily unavailable", 503,
                        "Elasticsearch is unavailable; retry in " + retryAfter + " s"))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Response.status(404).type(PROBLEM_JSON)
                .entity(problem("/problems/not-found", "Not found", 404, e.getMessage())).build();
    }

    /** 405, 406, 415 ... raised by the REST layer itself (found by SearchFuzzTest: they had no body). */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? title : e.getMessage();
        return Response.status(status).type(PROBLEM_JSON).entity(problem("/problems/" + slug, title, status, detail)).build();
    }

    /** Anything unforeseen: a 500 problem without internals (logged). */
    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e) {
        LOG.error("unexpected error", e);
        return Response.status(500).type(PROBLEM_JSON)
                .entity(problem("/problems/internal-error", "Internal server error", 500, "An unexpected error occurred."))
                .build();
    }

    static Map<String, Object> problem(String type, String title, int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}
