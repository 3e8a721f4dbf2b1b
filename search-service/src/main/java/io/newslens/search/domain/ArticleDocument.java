package io.newslens.search.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.newslens.common.events.Span;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/**
 * The document stored in Elasticsearch: the parsed article plus, once summary-service has run, its
 * summary. Either half can arrive first; a document with only a summary half ({@link #version} null)
 * is a placeholder that search never returns.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ArticleDocument {
    public String id;
    /** ArticleParsed.version of the article half; null while only the summary is known. */
    public Long version;
    public Integer schemaVersion;
    public String sourceUrl;
    public String contentHash;
    public String fingerprint;
    public String duplicateOf;
    /** Same value for near-duplicates: used to collapse them into one hit. */
    public String collapseKey;
    public String title;
    public List<Author> authors;
    public String publisher;
    public String section;
    public Instant publishedAt;
    public String language;
    public String documentType;
    public String text;
    public List<Span> paragraphs;
    public List<Entity> entities;
    public List<String> entityNames;
    public Boolean truncated;
    public Instant ingestedAt;
    public Instant indexedAt;
    public Completion titleSuggest;
    public Completion entitySuggest;
    /** Added after indexing by the embedding step; absent until then and after each new article version. */
    public float[] embedding;
    /** The article version {@link #embedding} was computed from; always equal to {@link #version} when present. */
    public Long embeddingVersion;
    public Summary summary;

    public boolean hasArticle() {
        return version != null;
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String name, String affiliation) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String name, String type, List<String> aliases, Integer mentionCount) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Completion(List<String> input) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(String analyserName, String analyserVersion, Long articleVersion, Instant computedAt,
                          Thesis thesis, List<Stance> stances, List<String> claimTypes, List<Claim> claims,
                          List<Span> sentences) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Thesis(String text, Integer start, Integer end) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stance(String target, String targetType, String label, Double score, List<Span> evidence) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String text, Integer start, Integer end, String type, Boolean hedged, String attributedTo,
                        List<String> entities, Double checkworthiness) {
    }
}
