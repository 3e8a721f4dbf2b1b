package io.newslens.summary.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the summary service (prefix {@code newslens.summary}). */
@ConfigMapping(prefix = "newslens.summary")
public interface SummaryConfig {

    /**
     * Name of the analyser to run ({@code Analyser#name()}). When absent: the LLM analyser if
     * {@code llm.base-url} is set, otherwise the built-in analyser.
     */
    Optional<String> analyser();

    Reanalyse reanalyse();

    Llm llm();

    Limits limits();

    /** Request limits of the REST API (each refused with a problem naming the property). */
    interface Limits {
        /** Largest request body (POST /api/stance), in bytes: 413 above. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /** Largest {@code size} of GET /api/claims. */
        @WithDefault("100")
        int maxPageSize();

        /** Deepest GET /api/claims paging: (page + 1) * size may not exceed this (400). */
        @WithDefault("10000")
        int maxResultWindow();

        /** Longest proposition ({@code claim}) of POST /api/stance, in characters. */
        @WithDefault("2000")
        int maxClaimChars();

        /** Longest {@code text} of POST /api/stance, in characters. */
        @WithDefault("500000")
        int maxTextChars();
    }

    interface Reanalyse {
        /** Most articles one {@code POST /api/admin/reanalyse} call re-analyses. */
        @WithDefault("25")
        int batchSize();
    }

    interface Llm {
        /** OpenAI-compatible API base, e.g. {@code https://api.openai.com/v1}. The LLM analyser is off without it. */
        Optional<URI> baseUrl();

        Optional<String> apiKey();

        @WithDefault("gpt-4o-mini")
        String model();

        /** Recorded as the analyser version together with the model, e.g. {@code 1+gpt-4o-mini}. */
        @WithDefault("1")
        String promptVersion();

        @WithDefault("120s")
        Duration timeout();

        /** Longer bodies are cut before they are sent (offsets stay valid: the prefix is unchanged). */
        @WithDefault("24000")
        int maxChars();
    }
}
