package io.newslens.search.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One search result. Highlight fragments are HTML-escaped except the {@code <mark>} tags. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = SearchResultSerializer.HitSerializer.class)
public record SearchHit(String id, String title, String publisher, List<String> authors, Instant publishedAt,
                        String language, String sourceUrl, Double score, Map<String, List<Highlight>> highlights,
                        List<ArticleDocument.Stance> stances, List<String> claimTypes) {

    /** The same hit with another score and, if {@code keepHighlights} is false, no highlights. */
    public SearchHit rescored(Double newScore, boolean keepHighlights) {
        return new SearchHit(id, title, publisher, authors, publishedAt, language, sourceUrl, newScore,
                keepHighlights ? highlights : null, stances, claimTypes);
    }

    /**
     * @param start   offset of the fragment in the field's text (null when it could not be located)
     * @param matches offsets of the highlighted terms in the field's text
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Highlight(String fragment, Integer start, Integer end, List<Offsets> matches) {
    }

    @RegisterForReflection
    public record Offsets(int start, int end) {
    }
}
