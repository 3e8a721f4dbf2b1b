package io.newslens.summary.service;

import io.newslens.summary.persistence.AnalysisFailureEntity;
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

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
