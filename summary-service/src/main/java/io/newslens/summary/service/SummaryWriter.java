package io.newslens.summary.service;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.SummaryComputed;
import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.common.events.SummaryComputed.Stance;
import io.newslens.common.events.Topics;
import io.newslens.summary.analysis.Analyser;
import io.newslens.summary.analysis.ArticleAnalysis;
import io.newslens.summary.persistence.AnalysisEntity;
import io.newslens.summary.persistence.ArticleEntity;
import io.newslens.summary.persistence.ClaimEntity;
import io.newslens.summary.persistence.StanceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import io.newslens.support.outbox.OutboxWriter;

/**
 * Stores an article's analysis and its {@link SummaryComputed} outbox row in one transaction.
 * The article row is locked first, so a redelivered or concurrent event for the same article
 * either waits or sees the stored version and stores nothing.
 */
@ApplicationScoped
public class SummaryWriter {

    public enum Outcome { STORED, SKIPPED }

    private final OutboxWriter outbox;

    public SummaryWriter(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** Cheap pre-check before running an analyser: is this version (or a newer one) already analysed? */
    @Transactional
    public boolean isUpToDate(String articleId, long version) {
        AnalysisEntity current = AnalysisEntity.findById(articleId);
        return current != null && current.articleVersion >= version;
    }

    /** Stores a new article version with its analysis, unless that version or a newer one is stored. */
    @Transactional
    public Outcome storeNewVersion(ArticleParsed event, Analyser analyser, ArticleAnalysis analysis) {
        ArticleEntity article = ArticleEntity.findById(event.id(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (article == null) {
            article = new ArticleEntity();
            article.copyFrom(event, now);
            article.persist();
        } else if (article.version >= event.version() && AnalysisEntity.findById(event.id()) != null) {
            return Outcome.SKIPPED;
        } else {
            article.copyFrom(event, now);
        }
        replaceAnalysis(article, analyser, analysis, now);
        return Outcome.STORED;
    }

    /**
     * Replaces the analysis of a stored article with one from another analyser. Skipped when the
     * article changed since it was read (a newer version's analysis is then already current).
     */
    @Transactional
    public Outcome storeReanalysis(String articleId, long analysedVersion, Analyser analyser, ArticleAnalysis analysis) {
        ArticleEntity article = ArticleEntity.findById(articleId, LockModeType.PESSIMISTIC_WRITE);
        if (article == null || article.version != analysedVersion) return Outcome.SKIPPED;
        replaceAnalysis(article, analyser, analysis, Instant.now());
        return Outcome.STORED;
    }

    private void replaceAnalysis(ArticleEntity article, Analyser analyser, ArticleAnalysis analysis, Instant now) {
        // bulk deletes run immediately, so the (article_id, ordinal) unique keys are free for the new rows
        ClaimEntity.delete("articleId", article.id);
        StanceEntity.delete("articleId", article.id);
        AnalysisEntity row = AnalysisEntity.findById(article.id);
        if (row == null) {
            row = new AnalysisEntity();
            row.articleId = article.id;
        }
        row.articleVersion = article.version;
        row.analyserName = analyser.name();
        row.analyserVersion = analyser.version();
        row.thesisText = analysis.thesis() == null ? null : analysis.thesis().text();
        row.thesisStart = analysis.thesis() == null ? null : analysis.thesis().start();
        row.thesisEnd = analysis.thesis() == null ? null : analysis.thesis().end();
        row.summary = new ArrayList<>(analysis.summary());
        row.computedAt = now;
        row.persist();
        // analysis row must exist before claims and stances reference it
        AnalysisEntity.getEntityManager().flush();

        int ordinal = 0;
        for (Claim c : analysis.claims()) {
            ClaimEntity claim = new ClaimEntity();
            claim.articleId = article.id;
            claim.ordinal = ordinal++;
            claim.text = c.text();
            claim.start = c.start();
            claim.end = c.end();
            claim.type = c.type();
            claim.hedged = c.hedged();
            claim.hedgeCue = c.hedgeCue();
            claim.attributedTo = c.attributedTo();
            if (c.attributedToSpan() != null) {
                claim.attributedStart = c.attributedToSpan().start();
                claim.attributedEnd = c.attributedToSpan().end();
            }
            claim.entities = new ArrayList<>(c.entities());
            claim.checkworthiness = c.checkworthiness();
            claim.persist();
        }
        ordinal = 0;
        for (Stance s : analysis.stances()) {
            StanceEntity stance = new StanceEntity();
            stance.articleId = article.id;
            stance.ordinal = ordinal++;
            stance.target = s.target();
            stance.targetType = s.targetType();
            stance.label = s.label();
            stance.score = s.score();
            stance.evidence = new ArrayList<>(s.evidence());
            stance.persist();
        }

        SummaryComputed event = new SummaryComputed(SummaryComputed.SCHEMA_VERSION, article.id, article.version,
                new SummaryComputed.Analyser(analyser.name(), analyser.version()),
                analysis.summary(), analysis.thesis(), analysis.stances(), analysis.claims(), now);
        outbox.enqueue(Topics.SUMMARIES, article.id, event);
    }
}
