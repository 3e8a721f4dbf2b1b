package io.newslens.summary.it;

import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Thesis;
import io.newslens.summary.analysis.Analyser;
import io.newslens.summary.analysis.ArticleAnalysis;
import io.newslens.summary.analysis.ArticleInput;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Test-only analyser (active only under {@link FlakyAnalyserProfile}) that throws on demand, to
 * prove what an analyser exception does to the stream. Otherwise: first sentence as thesis and summary.
 */
@ApplicationScoped
@LookupIfProperty(name = "test.newslens.flaky-analyser", stringValue = "true")
public class FlakyAnalyser implements Analyser {

    static final String NAME = "flaky-test";
    /** Once set, texts containing EXPLODE are analysed like any other (a "fixed" analyser). */
    static final AtomicBoolean HEALED = new AtomicBoolean();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public ArticleAnalysis analyse(ArticleInput article) {
        if (!HEALED.get() && article.text().contains("EXPLODE")) {
            throw new IllegalStateException("flaky analyser exploded on " + article.articleId());
        }
        int end = article.text().indexOf('.');
        end = end < 0 ? article.text().length() : end + 1;
        Span first = new Span(0, end);
        return new ArticleAnalysis(List.of(first), new Thesis(article.text().substring(0, end), 0, end), List.of(), List.of());
    }
}
