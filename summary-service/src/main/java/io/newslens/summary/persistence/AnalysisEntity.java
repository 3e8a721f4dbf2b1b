package io.newslens.summary.persistence;

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

/** The current analysis of an article (one per article); claims and stances hang off it. */
@Entity
@Table(name = "analysis")
public class AnalysisEntity extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Column(name = "article_version", nullable = false)
    public long articleVersion;

    @Column(name = "analyser_name", nullable = false)
    public String analyserName;

    @Column(name = "analyser_version", nullable = false)
    public String analyserVersion;

    @Column(name = "thesis_text", columnDefinition = "text")
    public String thesisText;

    @Column(name = "thesis_start")
    public Integer thesisStart;

    @Column(name = "thesis_end")
    public Integer thesisEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Span> summary = new ArrayList<>();

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;
}
