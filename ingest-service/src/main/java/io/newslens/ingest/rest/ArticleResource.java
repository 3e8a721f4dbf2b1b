package io.newslens.ingest.rest;

import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.domain.ArticleSubmission;
import io.newslens.ingest.domain.IngestOutcome;
import io.newslens.ingest.messaging.ArticleEvents;
import io.newslens.ingest.persistence.Article;
import io.newslens.ingest.service.ArticleQueries;
import io.newslens.ingest.service.IngestException;
import io.newslens.ingest.service.IngestService;
import io.newslens.ingest.service.SubmissionReader;
import io.newslens.ingest.service.SubmissionReader.Hints;
import io.newslens.security.RateLimited;
import io.newslens.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;
import io.newslens.support.problem.Problem;

@Path("/api/articles")
@Tag(name = "Articles", description = "Ingest raw pages and read the parsed articles")
public class ArticleResource {

    private final IngestService ingest;
    private final SubmissionReader reader;
    private final ArticleQueries queries;
    private final ArticleEvents events;
    private final IngestConfig config;

    public ArticleResource(IngestService ingest, SubmissionReader reader, ArticleQueries queries,
                           ArticleEvents events, IngestConfig config) {
        this.ingest = ingest;
        this.reader = reader;
        this.queries = queries;
        this.events = events;
        this.config = config;
    }

    @RolesAllowed(Roles.WRITER)
    @RateLimited
    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest a raw page (scraped text or HTML)",
            description = "Extracts the article, stores the raw page and the article, and publishes ArticleParsed. "
                    + "Re-posting the same page (same clean text or externalId) answers 200 with the same id.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "200", description = "Already known: the existing article",
            content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty or binary body, bad hint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported media type or charset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No article text found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response postPage(byte[] body,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             @Parameter(description = "Where the page came from") @QueryParam("sourceUrl") String sourceUrl,
                             @Parameter(description = "Publisher (wins over the page)") @QueryParam("publisher") String publisher,
                             @Parameter(description = "ISO 8601 publication date (wins over the page)") @QueryParam("publishedAt") String publishedAt,
                             @Parameter(description = "Client id of the page: re-posts with it are idempotent") @QueryParam("externalId") String externalId,
                             @Context UriInfo uri) {
        checkSize(body);
        ArticleSubmission submission = reader.fromBody(body, contentType,
                new Hints(sourceUrl, publisher, publishedAt, externalId));
        return answer(ingest.ingest(submission), uri);
    }

    @RolesAllowed(Roles.WRITER)
    @RateLimited
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest a page given as JSON (html, text or a url to fetch)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "text", value = "{\"text\": \"Title\\n\\nBody ...\", \"publisher\": \"Example Times\", "
                    + "\"publishedAt\": \"2025-07-20\", \"externalId\": \"ex-123\"}"),
            @ExampleObject(name = "url", value = "{\"url\": \"https://example.org/news/1.html\"}")}))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "200", description = "Already known: the existing article",
            content = @Content(schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, refused URL, bad field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The URL could not be fetched",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response postJson(byte[] body, @Context UriInfo uri) {
        checkSize(body);
        return answer(ingest.ingest(reader.fromJson(body, ArticleSubmission.Origin.JSON)), uri);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A stored article")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@PathParam("id") String id) {
        Article a = queries.find(uuid(id)).orElseThrow(() -> notFound(id));
        return ArticleView.of(events.toEvent(a), a.externalId);
    }

    @GET
    @Path("{id}/raw")
    @Operation(summary = "The raw page exactly as received or fetched")
    @APIResponse(responseCode = "200", description = "The raw bytes with their original content type")
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response raw(@PathParam("id") String id) {
        return queries.raw(uuid(id))
                .map(r -> Response.ok(r.content).type(r.charset == null ? r.contentType
                        : r.contentType + ";charset=" + r.charset).build())
                .orElseThrow(() -> notFound(id));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stored articles, newest first, one page at a time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "page < 0 or size outside 1..max",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticlePage list(@Parameter(description = "0-based page index") @QueryParam("page") String page,
                            @Parameter(description = "Page size (1..newslens.ingest.paging.max-size)") @QueryParam("size") String size) {
        int p = intParam("page", page, 0);
        int s = intParam("size", size, config.paging().defaultSize());
        if (p < 0) {
            throw IngestException.badRequest("invalid-request", "page must be >= 0.");
        }
        if (s < 1 || s > config.paging().maxSize()) {
            throw IngestException.badRequest("invalid-request", "size must be between 1 and " + config.paging().maxSize()
                    + " (newslens.ingest.paging.max-size).");
        }
        // in long: page * size overflowed int and reached Hibernate as a negative offset (a 500, found by IngestFuzzTest)
        if ((p + 1L) * s > config.paging().maxResultWindow()) {
            throw IngestException.badRequest("invalid-request", "(page + 1) * size may not exceed "
                    + config.paging().maxResultWindow() + " (newslens.ingest.paging.max-result-window).");
        }
        ArticleQueries.Slice slice = queries.page(p, s);
        return new ArticlePage(p, s, slice.total(), (slice.total() + s - 1) / s,
                slice.items().stream().map(ArticlePage.Item::of).toList());
    }

    private void checkSize(byte[] body) {
        if (body != null && body.length > config.maxBodyBytes()) {
            throw IngestException.tooLarge("The body is " + body.length + " bytes; the limit (newslens.ingest.max-body-bytes) is "
                    + config.maxBodyBytes() + " bytes.");
        }
    }

    private static Response answer(IngestOutcome outcome, UriInfo uri) {
        IngestResponse body = IngestResponse.of(outcome);
        if (outcome.created()) {
            return Response.created(uri.getBaseUriBuilder().path("api/articles").path(body.id()).build())
                    .entity(body).type(MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(body).type(MediaType.APPLICATION_JSON)
                .location(uri.getBaseUriBuilder().path("api/articles").path(body.id()).build()).build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static IngestException notFound(String id) {
        return new IngestException(404, "not-found", "Not found", "No article with id '" + id + "'.");
    }

    private static int intParam(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw IngestException.badRequest("invalid-request", name + " must be an integer, got '" + value + "'.");
        }
    }
}
