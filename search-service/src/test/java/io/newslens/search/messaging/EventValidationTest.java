package io.newslens.search.messaging;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.SummaryComputed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An event from a newer producer's incompatible schema is dead-lettered with the reason, not indexed by guess. */
class EventValidationTest {

    private static ArticleParsed article(int schemaVersion) {
        return new ArticleParsed(schemaVersion, "a1", 1, null, null, null, null, "T", List.of(), null, null, null, "en",
                null, "Body.", List.of(), List.of(), false, null);
    }

    private static SummaryComputed summary(int schemaVersion) {
        return new SummaryComputed(schemaVersion, "a1", 1, null, List.of(), null, List.of(), List.of(), null);
    }

    @Test
    void todaysAndOlderSchemasAreIndexed() {
        assertNull(EventValidation.article(article(ArticleParsed.SCHEMA_VERSION)));
        assertNull(EventValidation.article(article(0)));
        assertNull(EventValidation.summary(summary(SummaryComputed.SCHEMA_VERSION)));
    }

    @Test
    void aNewerSchemaIsRefusedWithItsReason() {
        int next = ArticleParsed.SCHEMA_VERSION + 1;
        assertEquals("unsupported schemaVersion " + next + " (this consumer reads up to " + ArticleParsed.SCHEMA_VERSION + ")",
                EventValidation.article(article(next)));
        assertEquals("unsupported schemaVersion " + (SummaryComputed.SCHEMA_VERSION + 1) + " (this consumer reads up to "
                + SummaryComputed.SCHEMA_VERSION + ")", EventValidation.summary(summary(SummaryComputed.SCHEMA_VERSION + 1)));
    }
}
