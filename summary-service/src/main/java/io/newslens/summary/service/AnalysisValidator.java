package io.newslens.summary.service;

import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.common.events.SummaryComputed.Stance;
import io.newslens.summary.analysis.ArticleAnalysis;

/** Rejects an analysis whose offsets do not fit the text, so that nothing unhighlightable is stored. */
final class AnalysisValidator {

    private AnalysisValidator() {
    }

    static void check(ArticleAnalysis analysis, int textLength) {
        if (analysis == null) throw new AnalysisRejectedException("analyser returned no analysis");
        for (Span s : analysis.summary()) within(s.start(), s.end(), textLength, "summary sentence");
        if (analysis.thesis() != null) within(analysis.thesis().start(), analysis.thesis().end(), textLength, "thesis");
        for (Claim c : analysis.claims()) {
            within(c.start(), c.end(), textLength, "claim");
            if (c.text() == null) throw new AnalysisRejectedException("claim without text at " + c.start());
            if (c.attributedToSpan() != null) {
                within(c.attributedToSpan().start(), c.attributedToSpan().end(), textLength, "claim source");
            }
        }
        for (Stance st : analysis.stances()) {
            if (st.target() == null || st.target().isBlank()) throw new AnalysisRejectedException("stance without target");
            if (st.label() == null) throw new AnalysisRejectedException("stance without label on " + st.target());
            for (Span s : st.evidence()) within(s.start(), s.end(), textLength, "stance evidence");
        }
    }

    private static void within(int start, int end, int length, String what) {
        if (start < 0 || end < start || end > length) {
            throw new AnalysisRejectedException(what + " span [" + start + ", " + end + ") is outside the text (length " + length + ")");
        }
    }
}
