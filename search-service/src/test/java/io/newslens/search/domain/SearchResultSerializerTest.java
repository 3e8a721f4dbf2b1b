package io.newslens.search.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newslens.common.events.Span;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written serializers write exactly what Jackson's bean serializer wrote for the records. */
class SearchResultSerializerTest {

    /** As Quarkus configures its ObjectMapper: dates as ISO strings. */
    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonSerialize(using = JsonSerializer.None.class)
    private abstract static class BeanSerialized {
    }

    private static final ObjectMapper HAND_WRITTEN = mapper();
    private static final ObjectMapper BEANS = mapper().addMixIn(SearchResult.class, BeanSerialized.class)
            .addMixIn(SearchHit.class, BeanSerialized.class);

    private static SearchHit hit(String id, Double score, boolean full) {
        Map<String, List<SearchHit.Highlight>> highlights = new LinkedHashMap<>();
        highlights.put("title", List.of(new SearchHit.Highlight("<mark>Ebola</mark> &amp; \"quotes\" é", 0, 12,
                List.of(new SearchHit.Offsets(0, 5)))));
        highlights.put("text", List.of(new SearchHit.Highlight("not located", null, null, null),
                new SearchHit.Highlight("two <mark>marks</mark> <mark>here</mark>", 40, 60,
                        List.of(new SearchHit.Offsets(44, 49), new SearchHit.Offsets(50, 54)))));
        return new SearchHit(id, full ? "Title \u2014 with \n escapes" : null, full ? "BBC" : null,
                full ? List.of("Ann Smith", "Bob") : List.of(), full ? Instant.parse("2015-01-02T03:04:05.120Z") : null,
                full ? "en" : null, full ? "https://example.org/a?b=1&c=2" : null, score, full ? highlights : Map.of(),
                full ? List.of(new ArticleDocument.Stance("nato", "org", "against", 0.75, List.of(new Span(3, 9))),
                        new ArticleDocument.Stance("un", null, "neutral", null, null)) : null,
                full ? List.of("statistic", "quote") : null);
    }

    @Test
    void writesWhatTheBeanSerializerWrote() throws Exception {
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("publisher", List.of(new SearchResult.Bucket("bbc", 7), new SearchResult.Bucket("cnn", 2)));
        facets.put("entities", Map.of("person", List.of(new SearchResult.Bucket("obama", 4))));
        facets.put("stanceByTarget", Map.of());
        List<SearchResult> results = List.of(
                new SearchResult(1234, "eq", "keyword", 2, 10, List.of(hit("a1", 1.5, true), hit("a2", null, false)), facets,
                        List.of(new SearchResult.Bucket("2015-01-01", 6)), "cursor=="),
                new SearchResult(0, "gte", "hybrid", 1, 10, List.of(), null, null, null));
        for (SearchResult r : results) {
            String expected = BEANS.writeValueAsString(r);
            assertEquals(expected, HAND_WRITTEN.writeValueAsString(r));
        }
        String full = HAND_WRITTEN.writeValueAsString(results.get(0));
        assertTrue(full.contains("\"publishedAt\":\"2015-01-02T03:04:05.120Z\""), full);
        assertTrue(full.contains("\"evidence\":[{\"start\":3,\"end\":9}]"), full);
    }

    @Test
    void aHitOnItsOwnIsWrittenTheSameWay() throws Exception {
        SearchHit h = hit("a1", 2.0, true);
        assertEquals(BEANS.writeValueAsString(h), HAND_WRITTEN.writeValueAsString(h));
        assertEquals(BEANS.writeValueAsString(List.of(h, hit("a2", null, false))),
                HAND_WRITTEN.writeValueAsString(List.of(h, hit("a2", null, false))));
    }
}
