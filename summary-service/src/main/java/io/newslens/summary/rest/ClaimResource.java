package io.newslens.summary.rest;

import io.newslens.summary.config.SummaryConfig;
import io.newslens.summary.domain.ClaimFilter;
import io.newslens.summary.domain.ClaimPage;
import io.newslens.summary.service.SummaryQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import io.newslens.support.problem.ProblemException;
import io.newslens.support.problem.Problem;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims", description = "Claims across articles")
public class ClaimResource {

    private final SummaryQueries queries;
    private final SummaryConfig.Limits limits;

    public ClaimResource(SummaryQueries queries, SummaryConfig config) {
        this.queries = queries;
        this.limits = config.limits();
    }

    @GET
    @Operation(summary = "Claims of all analysed articles, filtered and paged",
            description = "Newest articles first, then claims in text order. Text filters are case-insensitive; attributedTo"
                    + " matches a substring; minCheckworthiness keeps the claims at least that worth checking (0..1).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClaimPage.class)))
    @APIResponse(responseCode = "400", description = "malformed filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimPage list(
            @Parameter(description = "an entity involved in the claim (exact name, any case)") @QueryParam("entity") String entity,
            @Parameter(description = "factual, causal, predictive, evaluative or prescriptive") @QueryParam("type") String type,
            @Parameter(description = "true or false") @QueryParam("hedged") String hedged,
            @Parameter(description = "who the claim is attributed to (substring)") @QueryParam("attributedTo") String attributedTo,
            @Parameter(description = "publisher (exact, any case)") @QueryParam("publisher") String publisher,
            @Parameter(description = "lowest check-worthiness, a number from 0 to 1 (inclusive)",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
            @QueryParam("minCheckworthiness") String minCheckworthiness,
            @Parameter(description = "published at or after (date or instant)") @QueryParam("from") String from,
            @Parameter(description = "published before (instant), or on or before (date)") @QueryParam("to") String to,
            @Parameter(description = "0-based page, default 0") @QueryParam("page") String page,
            @Parameter(description = "page size 1-100, default 20") @QueryParam("size") String size) {
        Instant fromInstant = QueryParams.instant("from", from, false);
        Instant toInstant = QueryParams.instant("to", to, true);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw ProblemException.badRequest("from must be before to");
        }
        int pageSize = QueryParams.integer("size", size, 20, 1, limits.maxPageSize(), "newslens.summary.limits.max-page-size");
        int pageIndex = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE - 1, null);
        if ((long) (pageIndex + 1) * pageSize > limits.maxResultWindow()) {
            throw ProblemException.badRequest("(page + 1) * size may not exceed " + limits.maxResultWindow()
                    + " (newslens.summary.limits.max-result-window); narrow the filters instead");
        }
        ClaimFilter filter = new ClaimFilter(QueryParams.text("entity", entity), QueryParams.claimType(type),
                QueryParams.bool("hedged", hedged), QueryParams.text("attributedTo", attributedTo),
                QueryParams.text("publisher", publisher), fromInstant, toInstant,
                QueryParams.decimal("minCheckworthiness", minCheckworthiness, 0, 1), pageIndex, pageSize);
        return queries.claims(filter);
    }
}
