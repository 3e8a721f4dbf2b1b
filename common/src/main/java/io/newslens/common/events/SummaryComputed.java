package io.newslens.common.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * Published by summary-service on topic {@value Topics#SUMMARIES}, keyed by article id.
 * Every offset points into the clean body text of the article version it was computed from.
 *
 * @param articleVersion the {@link ArticleParsed#version()} this summary was computed from
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryComputed(
        int schemaVersion,
        String articleId,
        long articleVersion,
        Analyser analyser,
        List<Span> summary,
        Thesis thesis,
        List<Stance> stances,
        List<Claim> claims,
        Instant computedAt) {

    public static final int SCHEMA_VERSION = 1;

    public SummaryComputed {
        summary = summary == null ? List.of() : List.copyOf(summary);
        stances = stances == null ? List.of() : List.copyOf(stances);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /**
     * Why this code cannot read the event, or null when it can: written for a {@code schemaVersion} newer than
     * {@link #SCHEMA_VERSION} (the package's compatibility rule: such a record is dead-lettered, not guessed at).
     */
    @JsonIgnore
    public String schemaProblem() {
        return SchemaVersions.problem(schemaVersion, SCHEMA_VERSION);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Analyser(String name, String version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Thesis(String text, int start, int end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stance(String target, String targetType, String label, double score, List<Span> evidence) {
        public Stance {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** {@code attributedToSpan}: where the source is named in the text (null in the author's voice or unknown). */
    public record Claim(String text, int start, int end, String type, boolean hedged, String hedgeCue,
                        String attributedTo, List<String> entities, double checkworthiness, Span attributedToSpan) {
        public Claim {
            entities = entities == null ? List.of() : List.copyOf(entities);
        }

        public Claim(String text, int start, int end, String type, boolean hedged, String hedgeCue,
                     String attributedTo, List<String> entities, double checkworthiness) {
            this(text, start, end, type, hedged, hedgeCue, attributedTo, entities, checkworthiness, null);
        }
    }
}
