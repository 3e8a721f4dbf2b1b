package io.newslens.summary.analysis;

import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.common.events.SummaryComputed.Stance;
import io.newslens.common.events.SummaryComputed.Thesis;
import io.newslens.entities.ArticleEntities;
import io.newslens.summary.analysis.claims.ClaimExtractor;
import io.newslens.summary.analysis.entities.EntityStanceScorer;
import io.newslens.summary.analysis.summary.Centrality;
import io.newslens.summary.analysis.summary.SummaryBuilder;
import io.newslens.summary.analysis.summary.ThesisSelector;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.TextSegmenter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in analyser: rules, a shipped sentiment lexicon and statistics of the article itself;
 * offline, CPU only, deterministic. Offsets point into {@link ArticleInput#text()}.
 */
@ApplicationScoped
public class BuiltinAnalyser implements Analyser {

    public static final String NAME = "builtin";
    /** Raised when what the analyser answers changes (1.1.0: the claim models learned from CDCP too), so that
     * {@code POST /api/admin/reanalyse} brings stored analyses up to date. */
    public static final String VERSION = "1.1.0";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public ArticleAnalysis analyse(ArticleInput article) {
        String text = article.text() == null ? "" : article.text();
        List<Span> paragraphs = validParagraphs(article.paragraphs(), text);
        if (paragraphs.isEmpty()) paragraphs = TextSegmenter.paragraphs(text);
        List<Sentence> sentences = TextSegmenter.sentences(text, paragraphs);
        if (sentences.isEmpty()) return new ArticleAnalysis(List.of(), null, List.of(), List.of());
        // ingest publishes the entities of every article (none is an answer too: a text in another language);
        // the shared recogniser, its model loaded on first use, only serves raw texts such as bench/analyse's,
        // so the service's heap never holds the model for pipeline articles
        List<Entity> entities = article.entitiesKnown() ? article.entities() : ArticleEntities.find(text);

        List<Claim> claims = ClaimExtractor.extract(sentences, entities);
        Map<Integer, Claim> bySentence = new HashMap<>();
        for (Claim c : claims) {
            for (Sentence s : sentences) if (s.start() == c.start()) bySentence.put(s.index(), c);
        }
        double[] centrality = Centrality.of(sentences);
        double[] thesisScores = ThesisSelector.scores(sentences, bySentence, centrality, paragraphs.size(),
                article.title());
        int thesisIndex = ThesisSelector.select(thesisScores);
        Thesis thesis = null;
        if (thesisIndex >= 0) {
            Sentence t = sentences.get(thesisIndex);
            thesis = new Thesis(t.text(), t.start(), t.end());
        }
        List<Span> summary = SummaryBuilder.build(sentences, thesisScores, centrality, thesisIndex);
        List<Stance> stances = EntityStanceScorer.score(entities, sentences);
        return new ArticleAnalysis(summary, thesis, claims, stances);
    }

    /** Paragraph spans from ingest, if they fit the text. */
    private static List<Span> validParagraphs(List<Span> paragraphs, String text) {
        for (Span p : paragraphs) if (p.end() > text.length()) return List.of();
        return paragraphs;
    }
}
