package io.newslens.support.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A message written in the same transaction as the state it announces. Pending while {@code sentAt}
 * and {@code deadAt} are null; sent once the broker acknowledged it; dead when the sender refused the
 * message itself (it stays in the table for an operator, see the module README). The table is created
 * by each service's own Flyway migration, in the one shape the README shows.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    /** The record key (the aggregate's id): ordering and compaction on the topic follow it. */
    @Column(name = "message_key", nullable = false)
    public String messageKey;

    /** The event as JSON, serialised once when written; the relay sends these bytes unchanged. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "dead_at")
    public Instant deadAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    public boolean pending() {
        return sentAt == null && deadAt == null;
    }
}
