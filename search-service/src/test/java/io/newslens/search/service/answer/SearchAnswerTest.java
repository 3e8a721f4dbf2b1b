package io.newslens.search.service.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Binding of a {@code _search} answer in the shape Elasticsearch 8 writes it with {@code typed_keys}. */
class SearchAnswerTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    private static final String ANSWER = """
            {"took":3,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":10000,"relation":"gte"},"max_score":null,"hits":[
               {"_index":"articles-v1","_id":"a1","_score":null,"_ignored":["x"],
                "_source":{"title":"T","publishedAt":"2015-01-02T03:04:05Z","authors":[{"name":"Ann"}],"unknown":{"x":[1]}},
                "highlight":{"text":["a <mark>b</mark>"]},"sort":[1420167845000,"a1"]},
               {"_index":"articles-v1","_id":"a2","_score":1.5,"_source":{},"sort":[-9223372036854775808,"a2"]}]},
             "aggregations":{
               "sterms#publisher":{"doc_count_error_upper_bound":0,"sum_other_doc_count":4,"buckets":[
                 {"key":"bbc","doc_count":7,"reverse_nested#articles":{"doc_count":5,"cardinality#collapsed":{"value":3}}},
                 {"key":"cnn","doc_count":2,"meta":{"a":[{"b":1}]}}]},
               "nested#entities":{"doc_count":40,"sterms#type":{"buckets":[{"key":"person","doc_count":9,
                 "sterms#name":{"buckets":[{"key":"obama","doc_count":4}]}}]}},
               "lterms#year":{"buckets":[{"key":2015,"doc_count":1}]},
               "date_histogram#histogram":{"buckets":[{"key_as_string":"2015-01-01","key":1420070400000,"doc_count":6}]},
               "cardinality#collapsedTotal":{"value":12}}}
            """;

    @Test
    void bindsHitsTotalsAndSortValues() throws Exception {
        SearchAnswer a = mapper.readValue(ANSWER, SearchAnswer.class);
        assertEquals(10000, a.hits().total().value());
        assertFalse(a.hits().total().exact());
        assertEquals(2, a.hits().hits().size());
        SearchAnswer.Hit first = a.hits().hits().get(0);
        assertEquals("a1", first.id());
        assertNull(first.score());
        assertEquals("T", first.source().title);
        assertEquals(Instant.parse("2015-01-02T03:04:05Z"), first.source().publishedAt);
        assertEquals("Ann", first.source().authors.get(0).name());
        assertEquals(List.of("a <mark>b</mark>"), first.highlight().get("text"));
        assertEquals(List.of(1420167845000L, "a1"), first.sort());
        SearchAnswer.Hit second = a.hits().hits().get(1);
        assertEquals(1.5, second.score());
        assertTrue(second.highlight().isEmpty());
        assertEquals(Long.MIN_VALUE, second.sort().get(0));
    }

    @Test
    void readsAggregationsByNameWhateverTheirType() throws Exception {
        SearchAnswer a = mapper.readValue(ANSWER, SearchAnswer.class);
        AggregationNode publisher = a.aggregation("publisher");
        assertEquals(List.of("bbc", "cnn"), publisher.buckets().stream().map(AggregationNode::key).toList());
        AggregationNode bbc = publisher.buckets().get(0);
        assertEquals(7, bbc.docCount());
        assertEquals(5, bbc.sub("articles").docCount());
        assertEquals(3L, bbc.sub("articles").sub("collapsed").value());
        assertNull(publisher.buckets().get(1).sub("meta"), "only typed keys are sub-aggregations");
        AggregationNode person = a.aggregation("entities").sub("type").buckets().get(0);
        assertEquals("person", person.key());
        assertEquals("obama", person.sub("name").buckets().get(0).key());
        assertEquals("2015", a.aggregation("year").buckets().get(0).key());
        AggregationNode month = a.aggregation("histogram").buckets().get(0);
        assertEquals("2015-01-01", month.keyAsString());
        assertEquals(6, month.docCount());
        assertEquals(12L, a.aggregation("collapsedTotal").value());
        assertNull(a.aggregation("absent"));
    }

    @Test
    void answerWithoutAggregationsOrTotal() throws Exception {
        SearchAnswer a = mapper.readValue("{\"hits\":{\"hits\":[]}}", SearchAnswer.class);
        assertNull(a.hits().total());
        assertTrue(a.hits().hits().isEmpty());
        assertNull(a.aggregation("publisher"));
    }
}
