package io.newslens.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newslens.ingest.domain.IngestOutcome;
import io.newslens.ingest.domain.SimHash;
import io.newslens.ingest.persistence.Article;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer to a POST: the article id, whether it was new, and its duplicate link. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IngestResult")
public record IngestResponse(
        @Schema(description = "Article id (UUID)") String id,
        @Schema(description = "created (201) or existing (200: same content hash or externalId)") String status,
        long version,
        @Schema(description = "Id of the earlier article this one nearly duplicates") String duplicateOf,
        String contentHash,
        @Schema(description = "64-bit SimHash, hex") String fingerprint,
        String title,
        String externalId,
        String location) {

    public static IngestResponse of(IngestOutcome outcome) {
        Article a = outcome.article();
        return new IngestResponse(a.id.toString(), outcome.created() ? "created" : "existing", a.version,
                a.duplicateOf == null ? null : a.duplicateOf.toString(), a.contentHash, SimHash.toHex(a.fingerprint),
                a.title, a.externalId, "/api/articles/" + a.id);
    }
}
