package io.newslens.summary.rest;

import io.newslens.summary.config.SummaryConfig;
import io.newslens.summary.domain.StanceAnswer;
import io.newslens.summary.domain.StanceDistribution;
import io.newslens.summary.domain.StanceRequest;
import io.newslens.summary.service.PropositionStanceService;
import io.newslens.summary.service.StanceDistributionQuery;
import io.newslens.security.RateLimited;
import jakarta.ws.rs.Consumes;
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
import io.newslens.support.problem.ProblemException;
import io.newslens.support.problem.Problem;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stances", description = "Stances on entities and on propositions")
public class StanceResource {

    private final StanceDistributionQuery distribution;
    private final PropositionStanceService propositions;
    private final SummaryConfig.Limits limits;

    public StanceResource(StanceDistributionQuery distribution, PropositionStanceService propositions, SummaryConfig config) {
        this.distribution = distribution;
        this.propositions = propositions;
        this.limits = config.limits();
    }

    @GET
    @Path("/stances")
    @Operation(summary = "Distribution of stance labels on a target across articles, per month, with the articles behind each label")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StanceDistribution.class)))
    @APIResponse(responseCode = "400", description = "target missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StanceDistribution stances(@Parameter(description = "entity name (any case)", required = true) @QueryParam("target") String target) {
        String t = QueryParams.text("target", target);
        if (t == null) throw ProblemException.badRequest("target is required");
        return distribution.distribution(t);
    }

    @POST
    @Path("/stance")
    // a read (stores nothing), but it may analyse a long text: limited per client like the writes
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stance of an article on a proposition (agree, disagree, discuss, unrelated)",
            description = "Give the proposition as claim and exactly one of articleId (a stored article) or text (a body).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StanceAnswer.class)))
    @APIResponse(responseCode = "400", description = "claim missing, or not exactly one of articleId and text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "no stance detector deployed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StanceAnswer stance(StanceRequest request) {
        if (request == null) throw ProblemException.badRequest("a JSON body {\"claim\": ..., \"articleId\"|\"text\": ...} is required");
        if (request.claim() == null || request.claim().isBlank()) throw ProblemException.badRequest("claim is required");
        if (request.claim().length() > limits.maxClaimChars()) throw ProblemException.badRequest("claim is longer than "
                + limits.maxClaimChars() + " characters (newslens.summary.limits.max-claim-chars)");
        boolean hasId = request.articleId() != null && !request.articleId().isBlank();
        boolean hasText = request.text() != null && !request.text().isBlank();
        if (hasId == hasText) throw ProblemException.badRequest("give exactly one of articleId and text");
        if (hasText) {
            if (request.text().length() > limits.maxTextChars()) throw ProblemException.badRequest("text is longer than "
                    + limits.maxTextChars() + " characters (newslens.summary.limits.max-text-chars)");
            return propositions.forText(request.claim(), request.text());
        }
        return propositions.forArticle(request.claim(), QueryParams.id("articleId", request.articleId()))
                .orElseThrow(() -> ProblemException.notFound("no article " + request.articleId()));
    }
}
