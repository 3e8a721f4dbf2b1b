package io.newslens.search.messaging;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.SummaryComputed;

import java.nio.charset.StandardCharsets;

/** Checks that make an event impossible to index; null = fine. */
public final class EventValidation {

    /** Elasticsearch rejects ids longer than 512 bytes for the whole bulk request. */
    static final int MAX_ID_BYTES = 512;

    private EventValidation() {
    }

    public static String article(ArticleParsed a) {
        String id = id(a.id());
        if (id != null) {
            return id;
        }
        if (a.version() < 0) {
            return "negative version";
        }
        return a.schemaProblem();
    }

    public static String summary(SummaryComputed s) {
        String id = id(s.articleId());
        if (id != null) {
            return "articleId: " + id;
        }
        return s.articleVersion() < 0 ? "negative articleVersion" : s.schemaProblem();
    }

    private static String id(String id) {
        if (id == null || id.isBlank()) {
            return "missing id";
        }
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            return "id longer than " + MAX_ID_BYTES + " bytes";
        }
        return null;
    }
}
