package io.newslens.summary.service;

import io.newslens.summary.analysis.Analyser;
import io.newslens.summary.analysis.ArticleAnalysis;
import io.newslens.summary.analysis.ArticleInput;
import io.newslens.summary.config.SummaryConfig;
import io.newslens.summary.domain.AnalyserView;
import io.newslens.summary.domain.ReanalyseReport;
import io.newslens.summary.persistence.ArticleEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Re-runs the current analyser over stored articles whose analysis failed or came from another
 * analyser (name or version differ), one bounded synchronous batch per call. Each re-analysis is stored
 * with its {@code SummaryComputed} outbox row in its own transaction; the analyser runs outside
 * any transaction.
 */
@ApplicationScoped
public class ReanalyseService {

    /** Another batch is already running on this instance. */
    public static class BatchRunningException extends RuntimeException {
        public BatchRunningException() {
            super("a re-analysis batch is already running");
        }
    }

    /** Stored articles without an analysis (it failed) or with one from another analyser name or version. */
    private static final String OUTDATED = " from ArticleEntity a left join AnalysisEntity x on x.articleId = a.id"
            + " where x.articleId is null or x.analyserName <> :n or x.analyserVersion <> :v";

    private final AnalyserRegistry analysers;
    private final SummaryWriter writer;
    private final FailureRecorder failures;
    private final SummaryConfig config;
    private final EntityManager em;
    private final AtomicBoolean running = new AtomicBoolean();

    public ReanalyseService(AnalyserRegistry analysers, SummaryWriter writer, FailureRecorder failures,
                            SummaryConfig config, EntityManager em) {
        this.analysers = analysers;
        this.writer = writer;
        this.failures = failures;
        this.config = config;
        this.em = em;
    }

    public long outdated() {
        Analyser analyser = analysers.current();
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select count(a)" + OUTDATED, Long.class)
                .setParameter("n", analyser.name()).setParameter("v", analyser.version()).getSingleResult());
    }

    public ReanalyseReport runBatch(int limit) {
        if (!running.compareAndSet(false, true)) throw new BatchRunningException();
        try {
            Analyser analyser = analysers.current();
            int size = Math.max(1, Math.min(limit, config.reanalyse().batchSize()));
            List<String> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                            "select a.id" + OUTDATED + " order by a.receivedAt, a.id", String.class)
                    .setParameter("n", analyser.name()).setParameter("v", analyser.version())
                    .setMaxResults(size).getResultList());
            int processed = 0;
            int skipped = 0;
            List<ReanalyseReport.Failure> failed = new ArrayList<>();
            for (String id : ids) {
                ArticleInputWithVersion input = QuarkusTransaction.requiringNew().call(() -> load(id));
                if (input == null) {
                    skipped++;
                    continue;
                }
                try {
                    ArticleAnalysis analysis = analyser.analyse(input.input());
                    AnalysisValidator.check(analysis, input.input().text().length());
                    if (writer.storeReanalysis(id, input.version(), analyser, analysis) == SummaryWriter.Outcome.STORED) {
                        processed++;
                    } else {
                        skipped++;
                    }
                } catch (RuntimeException e) {
                    String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                    failures.record(id, input.version(), reason, "reanalyse");
                    failed.add(new ReanalyseReport.Failure(id, reason));
                }
            }
            return new ReanalyseReport(new AnalyserView(analyser.name(), analyser.version()), processed, skipped, failed, outdated());
        } finally {
            running.set(false);
        }
    }

    private record ArticleInputWithVersion(ArticleInput input, long version) {
    }

    private ArticleInputWithVersion load(String id) {
        ArticleEntity a = ArticleEntity.findById(id);
        if (a == null) return null;
        return new ArticleInputWithVersion(new ArticleInput(a.id, a.title, a.text, a.paragraphs, a.entities), a.version);
    }
}
