package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryBuilderTest {

    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();

    private static JsonNode json(Object requestPart) throws Exception {
        return new ObjectMapper().readTree(JsonpUtils.toJsonString(requestPart, MAPPER));
    }

    private static List<String> includes(Object source) throws Exception {
        List<String> out = new ArrayList<>();
        json(source).path("includes").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void hitsFetchOnlyTheFieldsAHitShowsAndTheBodyOnlyWhenHighlighted() throws Exception {
        List<String> highlighted = includes(SearchQueryBuilder.source());
        List<String> plain = includes(SearchQueryBuilder.hitSource());
        assertTrue(highlighted.containsAll(List.of("title", "publisher", "authors.name", "publishedAt", "language",
                "sourceUrl", "summary.thesis.text", "summary.stances", "summary.claimTypes", "text")), highlighted.toString());
        assertFalse(plain.contains("text"), plain.toString());
        assertEquals(highlighted.size() - 1, plain.size());
        for (String internal : List.of("embedding", "entities", "paragraphs", "summary.claims", "titleSuggest")) {
            assertFalse(highlighted.contains(internal), internal);
        }
    }

    @Test
    void constantRequestPartsAreBuiltOnce() throws Exception {
        assertSame(SearchQueryBuilder.highlight(null), SearchQueryBuilder.highlight(null));
        assertSame(SearchQueryBuilder.aggregations(20, "month", false), SearchQueryBuilder.aggregations(20, "month", false));
        assertNotSame(SearchQueryBuilder.aggregations(20, "month", false), SearchQueryBuilder.aggregations(20, "month", true));
        assertEquals("day", json(SearchQueryBuilder.aggregations(7, "day", false).get("histogram"))
                .path("date_histogram").path("calendar_interval").asText());
        assertEquals(7, json(SearchQueryBuilder.aggregations(7, "day", false).get("publisher")).path("terms").path("size").asInt());
        assertTrue(SearchQueryBuilder.aggregations(7, "day", true).containsKey(SearchQueryBuilder.COLLAPSED_TOTAL));
    }

    @Test
    void aHighlightQueryGetsItsOwnHighlight() throws Exception {
        Query q = Query.of(x -> x.match(m -> m.field("text").query("ebola")));
        JsonNode h = json(SearchQueryBuilder.highlight(q));
        assertEquals("ebola", h.path("highlight_query").path("match").path("text").path("query").asText());
        assertTrue(json(SearchQueryBuilder.highlight(null)).path("highlight_query").isMissingNode());
    }
}
