package io.newslens.summary.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An article event that could not be analysed; the record itself went to the dead-letter topic. */
@Entity
@Table(name = "analysis_failure")
public class AnalysisFailureEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id")
    public String articleId;

    @Column(name = "article_version")
    public Long articleVersion;

    @Column(nullable = false, columnDefinition = "text")
    public String reason;

    /** topic-partition@offset of the record, or "reanalyse". */
    public String source;

    @Column(name = "failed_at", nullable = false)
    public Instant failedAt;
}
