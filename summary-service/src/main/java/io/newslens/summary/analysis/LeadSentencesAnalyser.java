package io.newslens.summary.analysis;

import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Thesis;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Placeholder analyser: the first sentences as summary and the last as thesis. To be replaced by
 * the real built-in analyser (issue 5).
 */
@ApplicationScoped
public class LeadSentencesAnalyser implements Analyser {

    @Override
    public String name() {
        return "lead-sentences";
    }

    @Override
    public String version() {
        return "0.1";
    }

    @Override
    public ArticleAnalysis analyse(ArticleInput article) {
        List<Span> sentences = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String text = article.text();
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) sentences.add(new Span(s, e));
        }
        List<Span> summary = sentences.subList(0, Math.min(3, sentences.size()));
        Thesis thesis = sentences.isEmpty() ? null : thesisOf(text, sentences.get(sentences.size() - 1));
        return new ArticleAnalysis(summary, thesis, List.of(), List.of());
    }

    private static Thesis thesisOf(String text, Span span) {
        return new Thesis(text.substring(span.start(), span.end()), span.start(), span.end());
    }
}
