package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.domain.SimHash;
import io.newslens.ingest.persistence.ArticleRepository;
import io.newslens.ingest.persistence.ArticleRepository.Candidate;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the original of a near-duplicate: the earliest stored article whose SimHash is within
 * {@code dedup.max-distance} bits. Candidates come from the LSH band index, not a table scan.
 */
@ApplicationScoped
public class NearDuplicateFinder {

    /** Upper bound of candidates read per lookup (band collisions of unrelated articles). */
    static final int MAX_CANDIDATES = 2000;

    private final ArticleRepository articles;
    private final IngestConfig config;

    public NearDuplicateFinder(ArticleRepository articles, IngestConfig config) {
        this.articles = articles;
        this.config = config;
    }

    /** The id of the original article (following its own duplicateOf), if any. */
    public Optional<UUID> findOriginal(long fingerprint) {
        for (Candidate c : articles.nearDuplicateCandidates(SimHash.bands(fingerprint), MAX_CANDIDATES)) {
            if (SimHash.distance(c.fingerprint(), fingerprint) <= config.dedup().maxDistance()) {
                return Optional.of(c.duplicateOf() != null ? c.duplicateOf() : c.id());
            }
        }
        return Optional.empty();
    }
}
