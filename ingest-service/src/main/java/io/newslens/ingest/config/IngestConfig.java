package io.newslens.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Typed configuration of the ingest-service ({@code newslens.ingest.*}). */
@ConfigMapping(prefix = "newslens.ingest")
public interface IngestConfig {

    /** Largest accepted body of a single-article POST, in bytes (413 above). */
    @WithDefault("5242880")
    long maxBodyBytes();

    Batch batch();

    Fetch fetch();

    Dedup dedup();

    Paging paging();

    interface Batch {
        /** Largest accepted NDJSON batch body, in bytes. */
        @WithDefault("52428800")
        long maxBodyBytes();

        /** Most lines (articles) in one batch. */
        @WithDefault("1000")
        int maxItems();
    }

    interface Fetch {
        @WithDefault("5s")
        Duration connectTimeout();

        /** Whole-request timeout per hop (headers and body). */
        @WithDefault("15s")
        Duration requestTimeout();

        @WithDefault("5242880")
        long maxBytes();

        @WithDefault("5")
        int maxRedirects();

        /**
         * When true, loopback/private/link-local addresses may be fetched. Only for tests and
         * trusted networks: it turns the fetcher into an SSRF vector.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** Host names fetched even when they resolve to a non-public address (exact match). */
        Optional<List<String>> allowedHosts();

        @WithDefault("NewslensIngest/1.0 (+https://newslens.io)")
        String userAgent();
    }

    interface Dedup {
        /** Largest SimHash Hamming distance at which a later article is a near-duplicate. */
        @WithDefault("10")
        int maxDistance();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();

        /** Deepest paging: (page + 1) * size may not exceed this (400); offsets beyond it are slow and useless. */
        @WithDefault("10000")
        int maxResultWindow();
    }
}
