package io.newslens.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
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
     * Articles sharing at least one band with {@code bands}, oldest first. Uses the GIN index on
     * {@code simhash_bands} ({@code &&} = overlap), so the cost grows with the candidates, not the table.
     */
    @SuppressWarnings("unchecked")
    public List<Candidate> nearDuplicateCandidates(int[] bands, int limit) {
        String literal = IntStream.of(bands).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}"));
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT id, fingerprint, duplicate_of FROM article "
                                + "WHERE simhash_bands && CAST(:bands AS integer[]) "
                                + "ORDER BY ingested_at, id LIMIT :limit")
                .setParameter("bands", literal)
                .setParameter("limit", limit)
                .getResultList();
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            candidates.add(new Candidate((UUID) row[0], ((Number) row[1]).longValue(), (UUID) row[2]));
        }
        return candidates;
    }

    public List<Article> page(int pageIndex, int size) {
        return findAll(Sort.descending("ingestedAt").and("id", Sort.Direction.Descending))
                .page(Page.of(pageIndex, size)).list();
    }
}
