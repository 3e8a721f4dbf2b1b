package io.newslens.summary.rest;

import io.newslens.summary.domain.AnalyserView;
import io.newslens.summary.domain.ReanalyseReport;
import io.newslens.summary.service.AnalyserRegistry;
import io.newslens.summary.service.ReanalyseService;
import io.newslens.security.RateLimited;
import io.newslens.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.newslens.support.problem.Problem;

@Path("/api/admin/reanalyse")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Re-analysis with the current analyser")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    /** What {@code GET} answers: the analyser in use and how many stored articles it has not analysed. */
    public record ReanalyseStatus(AnalyserView analyser, long outdated) {
    }

    private final ReanalyseService reanalyse;
    private final AnalyserRegistry analysers;

    public AdminResource(ReanalyseService reanalyse, AnalyserRegistry analysers) {
        this.reanalyse = reanalyse;
        this.analysers = analysers;
    }

    @POST
    @RateLimited
    @Operation(summary = "Re-analyse one bounded batch of articles whose analysis failed or came from another analyser (name or version)",
            description = "Synchronous: processes at most min(limit, newslens.summary.reanalyse.batch-size) articles and reports "
                    + "how many remain; call again until remaining is 0 (or processed is 0). Each result is published as SummaryComputed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReanalyseReport.class)))
    @APIResponse(responseCode = "409", description = "a batch is already running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReanalyseReport run(@Parameter(description = "most articles to process in this call") @QueryParam("limit") String limit) {
        return reanalyse.runBatch(QueryParams.integer("limit", limit, Integer.MAX_VALUE, 1, Integer.MAX_VALUE));
    }

    @GET
    @Operation(summary = "The analyser in use and the number of stored articles without an analysis by it")
    public ReanalyseStatus status() {
        var a = analysers.current();
        return new ReanalyseStatus(new AnalyserView(a.name(), a.version()), reanalyse.outdated());
    }
}
