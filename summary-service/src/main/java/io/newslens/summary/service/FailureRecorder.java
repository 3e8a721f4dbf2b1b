package io.newslens.summary.service;

import io.newslens.common.events.ArticleParsed;
import io.newslens.summary.persistence.AnalysisFailureEntity;
import io.newslens.summary.persistence.ArticleEntity;
import jakarta.persistence.LockModeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Records, in its own transaction, that an article could not be analysed and why. */
@ApplicationScoped
public class FailureRecorder {

    private static final Logger LOG = Logger.getLogger(FailureRecorder.class);
    private static final int MAX_REASON = 4000;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String articleId, Long articleVersion, String reason, String source) {
        AnalysisFailureEntity failure = new AnalysisFailureEntity();
        failure.articleId = articleId == null ? null : abbreviate(articleId, 128);
        failure.articleVersion = articleVersion;
        failure.reason = abbreviate(reason == null ? "unknown" : reason, MAX_REASON);
        failure.source = source == null ? null : abbreviate(source, 250);
        failure.failedAt = Instant.now();
        failure.persist();
        LOG.warnf("analysis failed for article %s v%s (%s): %s", articleId, articleVersion, source, failure.reason);
    }

    /**
     * Records the failure of a readable event and keeps a copy of the article (unless a newer one
     * is stored), so that {@code POST /api/admin/reanalyse} can retry it later, e.g. once the LLM
     * endpoint is back or with a fixed analyser.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ArticleParsed event, String reason, String source) {
        ArticleEntity article = ArticleEntity.findById(event.id(), LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            article = new ArticleEntity();
            article.copyFrom(event, Instant.now());
            article.persist();
        } else if (article.version < event.version()) {
            article.copyFrom(event, Instant.now());
        }
        record(event.id(), event.version(), reason, source);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
