package io.newslens.summary.rest;

import io.newslens.summary.domain.SummaryView;
import io.newslens.summary.service.SummaryQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.newslens.support.problem.ProblemException;
import io.newslens.support.problem.Problem;

@Path("/api/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "summaries", description = "Per-article thesis, summary, claims and entity stances")
public class SummaryResource {

    private final SummaryQueries queries;

    public SummaryResource(SummaryQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{articleId}")
    @Operation(summary = "The current analysis of an article",
            description = "Thesis, summary sentences, claims and entity stances; every span is a character offset into the article's clean body.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "404", description = "no analysis for this article (yet); the detail gives the reason when it failed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryView get(@PathParam("articleId") String rawId) {
        String articleId = QueryParams.id("articleId", rawId);
        return queries.summary(articleId).orElseThrow(() -> ProblemException.notFound(queries.lastFailure(articleId)
                .map(reason -> "the analysis of article " + articleId + " failed: " + reason)
                .orElse("no summary for article " + articleId)));
    }
}
