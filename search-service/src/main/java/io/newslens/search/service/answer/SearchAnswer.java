package io.newslens.search.service.answer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.newslens.search.domain.ArticleDocument;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.Map;

/**
 * The parts of an Elasticsearch {@code _search} answer the service reads, bound by Jackson straight from the
 * answer's bytes ({@link SearchAnswerClient}); everything else in the answer is skipped unread.
 *
 * @param aggregations the top-level aggregations as the children of one node (null when none were asked for)
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchAnswer(Hits hits, AggregationNode aggregations) {

    /** The named top-level aggregation, or null. */
    public AggregationNode aggregation(String name) {
        return aggregations == null ? null : aggregations.sub(name);
    }

    /** @param total null when the request did not track total hits */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hits(Total total, List<Hit> hits) {
        public Hits {
            hits = hits == null ? List.of() : hits;
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Total(long value, String relation) {
        public boolean exact() {
            return !"gte".equals(relation);
        }
    }

    /**
     * @param score     null when the hits are sorted by something else than relevance
     * @param highlight fragments by field (empty when none)
     * @param sort      the sort values, for search_after (null unless the request sorted)
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hit(@JsonProperty("_id") String id, @JsonProperty("_score") Double score,
                      @JsonProperty("_source") ArticleDocument source, Map<String, List<String>> highlight,
                      List<Object> sort) {
        public Hit {
            highlight = highlight == null ? Map.of() : highlight;
        }
    }
}
