package io.newslens.summary.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.newslens.common.events.ArticleParsed;
import io.newslens.summary.analysis.Analyser;
import io.newslens.summary.analysis.ArticleAnalysis;
import io.newslens.summary.analysis.ArticleInput;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Analyses an incoming article version and stores the result. Idempotent: a version that is
 * already analysed (or older than the stored one) is skipped without running the analyser.
 */
@ApplicationScoped
public class ArticleProcessor {

    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);

    private final AnalyserRegistry analysers;
    private final SummaryWriter writer;
    private final MeterRegistry metrics;
    private final StorageRetry retry = new StorageRetry(5, Duration.ofMillis(500));

    public ArticleProcessor(AnalyserRegistry analysers, SummaryWriter writer, MeterRegistry metrics) {
        this.analysers = analysers;
        this.writer = writer;
        this.metrics = metrics;
    }

    /**
     * @throws AnalyserFailedException or {@link AnalysisRejectedException}: the article is poison; storage
     *         errors are retried a few times before they are thrown
     */
    public SummaryWriter.Outcome process(ArticleParsed event) {
        if (retry.call("version check of " + event.id(), () -> writer.isUpToDate(event.id(), event.version()))) {
            count("skipped");
            LOG.debugf("article %s v%d already analysed", event.id(), event.version());
            return SummaryWriter.Outcome.SKIPPED;
        }
        Analyser analyser = analysers.current();
        long started = System.nanoTime();
        ArticleAnalysis analysis;
        try {
            analysis = analyser.analyse(new ArticleInput(event.id(), event.title(), event.text(),
                    event.paragraphs(), event.entities()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new AnalyserFailedException(analyser.name(), e);
        }
        metrics.timer("newslens.summary.analysis.duration", "analyser", analyser.name())
                .record(Duration.ofNanos(System.nanoTime() - started));
        AnalysisValidator.check(analysis, event.text().length());
        SummaryWriter.Outcome outcome = retry.call("storing the analysis of " + event.id(),
                () -> writer.storeNewVersion(event, analyser, analysis));
        count(outcome == SummaryWriter.Outcome.STORED ? "stored" : "skipped");
        if (outcome == SummaryWriter.Outcome.STORED) {
            LOG.infof("article %s v%d analysed by %s %s in %d ms: %d summary sentences, %d claims, %d stances",
                    event.id(), event.version(), analyser.name(), analyser.version(), (System.nanoTime() - started) / 1_000_000,
                    analysis.summary().size(), analysis.claims().size(), analysis.stances().size());
        }
        return outcome;
    }

    void count(String outcome) {
        metrics.counter("newslens.summary.articles", "outcome", outcome).increment();
    }
}
