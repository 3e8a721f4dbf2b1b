package io.newslens.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /**
     * Locks up to {@code limit} pending events, oldest first. SKIP LOCKED lets several relay
     * instances work side by side: rows another transaction holds are skipped, never published twice
     * concurrently. Must run inside a transaction; locks are released at commit.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> lockPending(int limit) {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT :limit "
                                + "FOR UPDATE SKIP LOCKED", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Deletes events acknowledged before {@code before}; pending rows are never deleted. */
    public long deleteSentBefore(java.time.Instant before) {
        return delete("sentAt is not null and sentAt < ?1", before);
    }

    public long countPending() {
        return count("sentAt is null");
    }

    public List<OutboxEvent> forAggregate(java.util.UUID aggregateId) {
        return list("aggregateId", aggregateId);
    }
}
