package io.newslens.search.rest;

import io.newslens.search.index.ReindexProgress;
import io.newslens.search.index.ReindexService;
import io.newslens.search.service.SearchUnavailableException;
import io.newslens.security.RateLimited;
import io.newslens.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import io.newslens.support.problem.Problem;

/** Rebuilds the index from the topics; progress is readable while it runs. */
@Path("/api/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    private final ReindexService reindex;

    public AdminResource(ReindexService reindex) {
        this.reindex = reindex;
    }

    @POST
    @RateLimited
    public Response start() {
        try {
            return reindex.start()
                    .map(p -> Response.accepted(p).build())
                    .orElseGet(() -> Problem.of(409, "reindex-running", "Reindex already running",
                            "a reindex is running; follow it at GET /api/admin/reindex").toResponse());
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch is unavailable: " + e.getMessage(), e);
        }
    }

    @GET
    public ReindexProgress progress() {
        return reindex.progress();
    }
}
