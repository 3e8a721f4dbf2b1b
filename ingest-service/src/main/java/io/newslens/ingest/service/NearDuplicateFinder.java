package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.domain.SimHash;
import io.newslens.ingest.persistence.ArticleRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the original of a near-duplicate: the earliest stored article whose SimHash is within
 * {@code dedup.max-distance} bits. Candidates come from the LSH band index, not a table scan.
 */
@ApplicationScoped
public class NearDuplicateFinder {

    private final ArticleRepository articles;
    private final IngestConfig config;

    public NearDuplicateFinder(ArticleRepository articles, IngestConfig config) {
        this.articles = articles;
        this.config = config;
    }

    /** The id of the original article (following its own duplicateOf), if any. */
    public Optional<UUID> findOriginal(long fingerprint) {
        return articles.nearestOriginal(fingerprint, SimHash.bands(fingerprint), config.dedup().maxDistance())
                .map(c -> c.duplicateOf() != null ? c.duplicateOf() : c.id());
    }
}
