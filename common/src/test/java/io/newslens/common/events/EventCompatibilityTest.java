package io.newslens.common.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compatibility rule of package-info, as a rolling update exercises it: an old consumer reading a newer
 * producer's events, and a newer consumer reading today's. The mapper fails on unknown properties, as a
 * consumer's own strict mapper would: tolerance must come from the contracts, not from a lenient mapper.
 */
class EventCompatibilityTest {

    private final ObjectMapper strict = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static ArticleParsed article() {
        return new ArticleParsed(ArticleParsed.SCHEMA_VERSION, "a1", 3, "https://x.test/a", "h", "f", null,
                "Title", List.of(new ArticleParsed.Author("Jane Doe", "Uni")), "Pub", "World",
                Instant.parse("2024-01-02T03:04:05Z"), "en", "article", "Sergei Lavrov spoke.",
                List.of(new Span(0, 20)),
                List.of(new ArticleParsed.Entity("Sergei Lavrov", "PERSON", List.of("Lavrov"), List.of(new Span(0, 13)))),
                false, Instant.parse("2024-01-02T03:04:06Z"));
    }

    private static SummaryComputed summary() {
        return new SummaryComputed(SummaryComputed.SCHEMA_VERSION, "a1", 3, new SummaryComputed.Analyser("builtin", "7"),
                List.of(new Span(0, 20)), new SummaryComputed.Thesis("Sergei Lavrov spoke.", 0, 20),
                List.of(new SummaryComputed.Stance("Sergei Lavrov", "PERSON", "neutral", 0.0, List.of(new Span(0, 20)))),
                List.of(new SummaryComputed.Claim("Sergei Lavrov spoke.", 0, 20, "factual", false, null, null,
                        List.of("Sergei Lavrov"), 0.4)),
                Instant.parse("2024-01-02T03:04:07Z"));
    }

    /** Adds a field the current classes do not know to the event and to every nested object in it. */
    private static void addUnknownFieldsEverywhere(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(n -> addUnknownFieldsEverywhere(o.get(n)));
            o.put("addedByANewerProducer", "x");
        } else if (node.isArray()) {
            node.forEach(EventCompatibilityTest::addUnknownFieldsEverywhere);
        }
    }

    @Test
    void todaysConsumerReadsAnArticleWithFieldsAddedAnywhere() throws Exception {
        ObjectNode json = strict.valueToTree(article());
        addUnknownFieldsEverywhere(json);
        ArticleParsed read = strict.treeToValue(json, ArticleParsed.class);
        assertEquals(article(), read);
        assertNull(read.schemaProblem());
    }

    @Test
    void todaysConsumerReadsASummaryWithFieldsAddedAnywhere() throws Exception {
        ObjectNode json = strict.valueToTree(summary());
        addUnknownFieldsEverywhere(json);
        SummaryComputed read = strict.treeToValue(json, SummaryComputed.class);
        assertEquals(summary(), read);
        assertNull(read.schemaProblem());
    }

    @Test
    void aHigherSchemaVersionIsReadButReportedSoTheConsumerDeadLettersIt() throws Exception {
        ObjectNode article = strict.valueToTree(article());
        article.put("schemaVersion", ArticleParsed.SCHEMA_VERSION + 1);
        String why = strict.treeToValue(article, ArticleParsed.class).schemaProblem();
        assertTrue(why != null && why.contains("unsupported schemaVersion " + (ArticleParsed.SCHEMA_VERSION + 1)), why);

        ObjectNode summary = strict.valueToTree(summary());
        summary.put("schemaVersion", SummaryComputed.SCHEMA_VERSION + 1);
        why = strict.treeToValue(summary, SummaryComputed.class).schemaProblem();
        assertTrue(why != null && why.contains("reads up to " + SummaryComputed.SCHEMA_VERSION), why);
    }

    @Test
    void anOlderSchemaVersionIsReadable() throws Exception {
        ObjectNode article = strict.valueToTree(article());
        article.put("schemaVersion", 0);
        assertNull(strict.treeToValue(article, ArticleParsed.class).schemaProblem());
    }

    /** A newer release of ArticleParsed: one more top-level field and one more field per entity. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NextArticleParsed(int schemaVersion, String id, long version, String title, String text, String language,
                             List<NextEntity> entities, String summaryLine) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NextEntity(String name, String type, List<String> aliases, List<Span> mentions, Double salience) {
    }

    @Test
    void aNewerConsumerReadsTodaysArticleWithTheNewFieldsAbsent() throws Exception {
        String today = strict.writeValueAsString(article());
        NextArticleParsed next = strict.readValue(today, NextArticleParsed.class);
        assertEquals("a1", next.id());
        assertEquals(3, next.version());
        assertEquals("Sergei Lavrov spoke.", next.text());
        assertEquals(List.of("Lavrov"), next.entities().get(0).aliases());
        assertEquals(List.of(new Span(0, 13)), next.entities().get(0).mentions());
        assertNull(next.summaryLine());
        assertNull(next.entities().get(0).salience());
    }
}
