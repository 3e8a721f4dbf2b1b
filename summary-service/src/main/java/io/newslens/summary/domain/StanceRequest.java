package io.newslens.summary.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/stance}: a proposition and exactly one of an article id or a body text. */
public record StanceRequest(
        @Schema(description = "the proposition (headline, claim) to judge", required = true) String claim,
        @Schema(description = "a stored article to judge; exclusive with text") String articleId,
        @Schema(description = "a body text to judge; exclusive with articleId") String text) {
}
