package io.newslens.search.rest;

import io.newslens.search.config.SearchConfig;
import io.newslens.search.service.BadParameterException;
import io.newslens.search.service.SearchUnavailableException;
import jakarta.ws.rs.NotFoundException;
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

    static Map<String, Object> problem(String type, String title, int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}
