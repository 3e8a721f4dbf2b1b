package io.newslens.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** A stored article that shares a SimHash band with a new one. */
    public record Candidate(UUID id, long fingerprint, UUID duplicateOf) {
    }

    /** The article that makes a new one a re-post: same clean-text hash or same external id. */
    public Optional<Article> findExisting(String contentHash, String externalId) {
        if (externalId != null) {
            Optional<Article> byExternalId = find("externalId", externalId).firstResultOptional();
            if (byExternalId.isPresent()) {
                return byExternalId;
            }
        }
        return find("contentHash", contentHash).firstResultOptional();
    }

    /**
     * The earliest article whose fingerprint is within {@code maxDistance} bits of {@code fingerprint}.
     * Candidates are only the articles sharing at least one LSH band ({@code &&} = array overlap, served
     * by the GIN index on {@code simhash_bands}); the MATERIALIZED CTE keeps the planner from walking
     * the whole table in ingested_at order instead. Hamming distance via {@code bit_count} (PostgreSQL 14+).
     */
    @SuppressWarnings("unchecked")
    public Optional<Candidate> nearestOriginal(long fingerprint, int[] bands, int maxDistance) {
        String literal = IntStream.of(bands).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}"));
        List<Object[]> rows = getEntityManager().createNativeQuery(NEAREST_ORIGINAL)
                .setParameter("bands", literal)
                .setParameter("fp", fingerprint)
                .setParameter("maxDistance", maxDistance)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new Candidate((UUID) row[0], ((Number) row[1]).longValue(), (UUID) row[2]));
    }

    /** Visible for the index-usage test. */
    public static final String NEAREST_ORIGINAL = """
            WITH candidate AS MATERIALIZED (
                SELECT id, fingerprint, duplicate_of, ingested_at FROM article
                WHERE simhash_bands && CAST(:bands AS integer[]))
            SELECT id, fingerprint, duplicate_of FROM candidate
            WHERE bit_count(CAST(fingerprint # :fp AS bit(64))) <= :maxDistance
            ORDER BY ingested_at, id
            LIMIT 1""";

    public List<Article> page(int pageIndex, int size) {
        return findAll(Sort.descending("ingestedAt").and("id", Sort.Direction.Descending))
                .page(Page.of(pageIndex, size)).list();
    }
}
