package io.newslens.common.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * Published by ingest-service on topic {@value Topics#ARTICLES}, keyed by article id.
 * Every span ({@link Span}) is a character offset into {@link #text}.
 *
 * @param version monotonically increasing per article; consumers ignore an event whose version
 *                is not newer than what they already hold, so replays and re-deliveries are harmless.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleParsed(
        int schemaVersion,
        String id,
        long version,
        String sourceUrl,
        String contentHash,
        String fingerprint,
        String duplicateOf,
        String title,
        List<Author> authors,
        String publisher,
        String section,
        Instant publishedAt,
        String language,
        String documentType,
        String text,
        List<Span> paragraphs,
        List<Entity> entities,
        boolean truncated,
        Instant ingestedAt) {

    public static final int SCHEMA_VERSION = 1;

    public ArticleParsed {
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        entities = entities == null ? List.of() : List.copyOf(entities);
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
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Author(String name, String affiliation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String name, String type, List<String> aliases, List<Span> mentions) {
        public Entity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }
}
