package io.newslens.ingest.rest;

import io.newslens.ingest.service.EntityReextraction;
import io.newslens.ingest.service.IngestException;
import io.newslens.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.UUID;

@Path("/api/admin/reextract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Re-extraction of stored articles")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    static final int MAX_LIMIT = 500;

    private final EntityReextraction reextraction;

    public AdminResource(EntityReextraction reextraction) {
        this.reextraction = reextraction;
    }

    @POST
    @Operation(summary = "Re-extract the entities of one batch of stored articles (in id order) with the current recogniser",
            description = "Each article gets a new version, published on the articles topic through the outbox, so search "
                    + "and summary update. Synchronous and bounded: call again with after=next until next is null.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EntityReextraction.Report.class)))
    @APIResponse(responseCode = "400", description = "bad after or limit",
            content = @Content(mediaType = "application/problem+json"))
    public EntityReextraction.Report reextract(
            @Parameter(description = "continue after this article id (the next of the previous call)") @QueryParam("after") String after,
            @Parameter(description = "most articles in this batch, 1-" + MAX_LIMIT + " (default 100)") @QueryParam("limit") String limit) {
        UUID from = null;
        if (after != null && !after.isBlank()) {
            try {
                from = UUID.fromString(after);
            } catch (IllegalArgumentException e) {
                throw IngestException.badRequest("bad-after", "after must be an article id (UUID).");
            }
        }
        int n = 100;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw IngestException.badRequest("bad-limit", "limit must be an integer from 1 to " + MAX_LIMIT + ".");
            }
        }
        return reextraction.run(from, n);
    }
}
