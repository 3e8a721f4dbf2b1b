package io.newslens.search.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Typed configuration of the search service ({@code newslens.search.*}). */
@ConfigMapping(prefix = "newslens.search")
public interface SearchConfig {

    Index index();

    Limits limits();

    Indexing indexing();

    Embedding embedding();

    interface Index {
        /** Alias that readers and the live consumers use; it points at exactly one versioned index. */
        @WithDefault("articles")
        String alias();

        /** Version created at start-up when the alias does not exist yet ({@code <alias>-v<version>}). */
        @WithDefault("1")
        int version();

        /** Classpath resource holding settings and mappings. */
        @WithDefault("elasticsearch/articles-index.json")
        String mappingResource();
    }

    interface Limits {
        @WithDefault("10")
        int defaultPageSize();

        @WithDefault("100")
        int maxPageSize();

        @WithDefault("500")
        int maxQueryLength();

        /** from + size beyond this needs the search_after cursor. */
        @WithDefault("10000")
        int maxResultWindow();

        /** How many hits of each ranking hybrid mode fuses. */
        @WithDefault("100")
        int hybridWindow();

        @WithDefault("20")
        int maxFacetSize();

        @WithDefault("50")
        int maxSuggestions();

        /** Hits per search_after page while streaming an export. */
        @WithDefault("500")
        int exportPageSize();

        /** Most hits one export streams; a query matching more is refused (400) and must be narrowed. */
        @WithDefault("100000")
        int maxExportHits();

        /** Largest {@code size} of /api/articles/{id}/similar. */
        @WithDefault("100")
        int maxSimilar();

        /** Longest {@code prefix} of /api/suggest, in characters. */
        @WithDefault("100")
        int maxPrefixLength();
    }

    interface Indexing {
        /** First back-off after Elasticsearch failed a batch; doubled up to maxBackoff. */
        @WithDefault("PT0.5S")
        Duration initialBackoff();

        @WithDefault("PT30S")
        Duration maxBackoff();

        /** Rounds of re-reading documents whose optimistic-concurrency write conflicted. */
        @WithDefault("10")
        int conflictRetries();

        /** Seconds a client is told to wait (Retry-After) when Elasticsearch is unavailable. */
        @WithDefault("5")
        int retryAfterSeconds();

        /** Reindex consumers poll this long before re-checking whether they caught up. */
        @WithDefault("PT1S")
        Duration reindexPoll();
    }

    interface Embedding {
        /** Compute in-process sentence embeddings for semantic search; off = keyword search only. */
        @WithDefault("true")
        boolean enabled();

        /** How many leading paragraphs (with the title) make up an article's embedded text. */
        @WithDefault("3")
        int leadParagraphs();

        @WithDefault("1200")
        int maxChars();

        /**
         * How long after start-up the model is loaded and the embedding step begins: loading it takes
         * one to two seconds of CPU, which would otherwise compete with start-up (readiness) for the
         * cores, this service's and, on a small node, that of services starting beside it. A semantic
         * query before then loads the model on demand.
         */
        @WithDefault("PT20S")
        java.time.Duration startDelay();

        /** Threads running the model for the background embedding step (the rest of the CPU stays with indexing and search). */
        @WithDefault("1")
        int threads();

        /** Articles embedded and written per round of the embedding step. */
        @WithDefault("32")
        int batchSize();

        /** Ids waiting in memory for their vector; beyond it they are found by searching the index (memory stays bounded). */
        @WithDefault("10000")
        int queueCapacity();

        /**
         * The embedding step waits while articles are being indexed and this long after a batch ... (longer than
         * the index's 1 s refresh interval: a batch is searchable only after the refresh that follows it, and
         * that refresh needs the cores too)
         */
        @WithDefault("PT1.2S")
        java.time.Duration indexingQuiet();

        /** ... but at most this long per round, so vectors still come under a steady stream of articles. */
        @WithDefault("PT3S")
        java.time.Duration maxYield();

        /** How often the idle embedding step counts articles without a vector (and then looks for them). */
        @WithDefault("PT10S")
        java.time.Duration checkInterval();
    }
}
