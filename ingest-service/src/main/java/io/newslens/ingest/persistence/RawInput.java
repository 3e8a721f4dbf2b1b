package io.newslens.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A page exactly as it was received or fetched. */
@Entity
@Table(name = "raw_input")
public class RawInput extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** BODY, JSON, URL or BATCH. */
    @Column(nullable = false)
    public String origin;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    public String charset;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(nullable = false)
    public byte[] content;
}
