package io.newslens.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventJsonTest {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void articleParsedRoundTripsAndToleratesUnknownFields() throws Exception {
        ArticleParsed event = new ArticleParsed(ArticleParsed.SCHEMA_VERSION, "a1", 3, "https://x.test/a", "h", "f", null,
                "Title", List.of(new ArticleParsed.Author("Jane Doe", "Uni")), "Pub", "World",
                Instant.parse("2024-01-02T03:04:05Z"), "en", "article", "Body text.",
                List.of(new Span(0, 10)),
                List.of(new ArticleParsed.Entity("NATO", "ORG", List.of("Nato"), List.of(new Span(0, 4)))),
                false, Instant.parse("2024-01-02T03:04:06Z"));
        String json = mapper.writeValueAsString(event);
        assertTrue(json.contains("\"publishedAt\":\"2024-01-02T03:04:05Z\""), json);

        String evolved = json.replaceFirst("\\{", "{\"someFutureField\":42,");
        ArticleParsed back = mapper.readValue(evolved, ArticleParsed.class);
        assertEquals(event, back);
    }

    @Test
    void missingListsBecomeEmpty() throws Exception {
        ArticleParsed back = mapper.readValue("{\"schemaVersion\":1,\"id\":\"x\",\"version\":1,\"text\":\"t\"}", ArticleParsed.class);
        assertEquals(List.of(), back.authors());
        assertEquals(List.of(), back.entities());
    }

    @Test
    void spanRejectsNegativeOrInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 2));
    }
}
