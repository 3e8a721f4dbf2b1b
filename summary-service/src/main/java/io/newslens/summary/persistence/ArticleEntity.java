package io.newslens.summary.persistence;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Span;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The copy of an article this service needs to re-analyse it and to filter its claims. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public long version;

    public String title;

    public String publisher;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Span> paragraphs = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ArticleParsed.Entity> entities = new ArrayList<>();

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Overwrites every field with the event's values. */
    public void copyFrom(ArticleParsed event, Instant now) {
        id = event.id();
        version = event.version();
        title = event.title();
        publisher = event.publisher();
        publishedAt = event.publishedAt();
        text = event.text();
        paragraphs = new ArrayList<>(event.paragraphs());
        entities = new ArrayList<>(event.entities());
        receivedAt = now;
    }
}
