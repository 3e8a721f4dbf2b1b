package io.newslens.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * A parsed article. Lists (authors, paragraphs, entities) are kept as jsonb text and mapped by
 * {@link ArticleJson}, which keeps the JSON shape identical to the event contract.
 */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public long version = 1;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "content_hash", nullable = false, columnDefinition = "char(64)")
    public String contentHash;

    @Column(nullable = false)
    public long fingerprint;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "simhash_bands", nullable = false, columnDefinition = "integer[]")
    public int[] simhashBands;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "raw_input_id", nullable = false)
    public UUID rawInputId;

    @Column(name = "source_url")
    public String sourceUrl;

    public String title;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    public String authors;

    public String publisher;

    public String section;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String language;

    @Column(name = "document_type")
    public String documentType;

    @Column(nullable = false)
    public String text;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    public String paragraphs;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    public String entities;

    @Column(nullable = false)
    public boolean truncated;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;
}
