package io.newslens.search.rest;

import io.newslens.search.config.SearchConfig;
import io.newslens.search.service.BadParameterException;
import io.newslens.search.service.SearchUnavailableException;
import io.newslens.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The search service's own problem answers, beyond service-support's base mappers (404, 405, 406,
 * 415, malformed JSON, 500): a bad parameter is named, and an Elasticsearch outage says when to retry.
 */
public class SearchProblemMappers {

    private static final Logger LOG = Logger.getLogger(SearchProblemMappers.class);

    private final SearchConfig config;

    public SearchProblemMappers(SearchConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        return Problem.of(400, "invalid-parameter", "Invalid parameter", e.getMessage())
                .with("parameter", e.parameter()).toResponse();
    }

    @ServerExceptionMapper
    public Response unavailable(SearchUnavailableException e) {
        LOG.warnf("search unavailable: %s", e.getMessage());
        int retryAfter = config.indexing().retryAfterSeconds();
        return Problem.of(503, "search-unavailable", "Search temporarily unavailable",
                        "Elasticsearch is unavailable; retry in " + retryAfter + " s")
                .responseBuilder().header("Retry-After", retryAfter).build();
    }
}
