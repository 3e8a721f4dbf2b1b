package io.newslens.search.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.Map;

/** A page of search results with facet counts, a date histogram and the cursor for the next page. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = SearchResultSerializer.class)
public record SearchResult(long total, String totalRelation, String mode, int page, int size, List<SearchHit> hits,
                           Map<String, Object> facets, List<Bucket> histogram, String nextCursor) {

    @RegisterForReflection
    public record Bucket(String key, long count) {
    }
}
