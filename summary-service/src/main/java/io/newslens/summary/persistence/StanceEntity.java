package io.newslens.summary.persistence;

import io.newslens.common.events.Span;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** An article's stance on one entity (or other target), with evidence spans into the body. */
@Entity
@Table(name = "stance")
public class StanceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public String target;

    @Column(name = "target_type")
    public String targetType;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public double score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Span> evidence = new ArrayList<>();
}
