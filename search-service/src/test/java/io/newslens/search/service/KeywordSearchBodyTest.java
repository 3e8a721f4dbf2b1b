package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.util.BinaryData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordSearchBodyTest {

    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FACET_SIZE = 20;

    private final KeywordSearchBody bodies = new KeywordSearchBody(MAPPER, FACET_SIZE);

    private static SearchRequestParams params(String q, SearchRequestParams.Sort sort, List<Object> cursor, List<String> publishers,
                                              boolean collapse, boolean facets, String interval) {
        return new SearchRequestParams(q, SearchRequestParams.Mode.KEYWORD, sort, 1, 10, cursor, publishers, List.of(),
                List.of(), null, null, Instant.parse("2014-01-01T00:00:00Z"), null, null, null, List.of(), collapse, facets, interval);
    }

    /** The whole request as the client's typed builder would serialise it in one piece. */
    private static JsonNode typed(SearchRequestParams p, int from, int size, boolean facets) throws Exception {
        SearchRequest r = SearchRequest.of(s -> {
            s.query(SearchService.keywordQuery(p)).from(from).size(size).trackTotalHits(t -> t.enabled(true))
                    .sort(SearchQueryBuilder.sort(p.sort())).highlight(SearchQueryBuilder.highlight(null))
                    .source(SearchQueryBuilder.source());
            var aggregations = SearchQueryBuilder.searchAggregations(FACET_SIZE, facets, p.histogramInterval(), p.collapseDuplicates());
            if (!aggregations.isEmpty()) {
                s.aggregations(aggregations);
            }
            if (p.cursor() != null) {
                s.searchAfter(p.cursor().stream().map(FieldValue::of).toList());
            }
            if (p.collapseDuplicates()) {
                s.collapse(c -> c.field("collapseKey"));
            }
            return s;
        });
        return JSON.readTree(JsonpUtils.toJsonString(r, MAPPER));
    }

    private JsonNode written(SearchRequestParams p, int from, int size, boolean facets) throws Exception {
        BinaryData body = bodies.write(p, SearchService.keywordQuery(p), from, size, facets);
        assertEquals("application/json", body.contentType());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.writeTo(out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void theBodyIsTheTypedRequestWhateverTheOptions() throws Exception {
        List<SearchRequestParams> cases = List.of(
                params("ebola", SearchRequestParams.Sort.RELEVANCE, null, List.of(), false, true, "month"),
                params("\"boko haram\" -nigeria", SearchRequestParams.Sort.DATE, null, List.of("BBC"), false, true, "day"),
                params("isis", SearchRequestParams.Sort.RELEVANCE, List.of(1.5, "a1"), List.of(), true, true, "week"),
                params("obama", SearchRequestParams.Sort.DATE, List.of(1_400_000_000_000L, "b2"), List.of(), true, false, "year"),
                params("gaza", SearchRequestParams.Sort.RELEVANCE, null, List.of(), false, false, "month"));
        for (SearchRequestParams p : cases) {
            for (boolean facets : List.of(true, false)) {
                assertEquals(typed(p, 20, 10, facets), written(p, 20, 10, facets), p + " facets " + facets);
            }
        }
    }

    @Test
    void searchesSharingThePreSerialisedPartKeepTheirOwnQueryAndPaging() throws Exception {
        JsonNode ebola = written(params("ebola", SearchRequestParams.Sort.RELEVANCE, null, List.of(), false, true, "month"), 0, 10, true);
        JsonNode gaza = written(params("gaza", SearchRequestParams.Sort.RELEVANCE, null, List.of(), false, true, "month"), 30, 5, true);
        assertTrue(ebola.path("query").toString().contains("ebola"), ebola.path("query").toString());
        assertTrue(gaza.path("query").toString().contains("gaza"), gaza.path("query").toString());
        assertFalse(gaza.path("query").toString().contains("ebola"));
        assertEquals(30, gaza.path("from").asInt());
        assertEquals(5, gaza.path("size").asInt());
        assertEquals(ebola.path("aggregations"), gaza.path("aggregations"));
        assertFalse(ebola.path("aggregations").isMissingNode());
        JsonNode none = written(params("gaza", SearchRequestParams.Sort.RELEVANCE, null, List.of(), false, false, "month"), 0, 10, false);
        assertTrue(none.path("aggregations").isMissingNode(), none.toString());
        assertEquals("collapseKey", written(params("gaza", SearchRequestParams.Sort.RELEVANCE, null, List.of(), true, false, "month"), 0, 10,
                false).path("collapse").path("field").asText());
    }
}
