package io.newslens.summary.analysis;

import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.common.events.SummaryComputed.Stance;

import java.util.ArrayList;
import java.util.List;

/** Checks that every offset of an analysis lies in the text and that quoted texts match their offsets. */
public final class OffsetCheck {

    private OffsetCheck() {
    }

    public static List<String> problems(String text, ArticleAnalysis a) {
        List<String> out = new ArrayList<>();
        if (a.thesis() != null) quoted(out, text, "thesis", a.thesis().text(), a.thesis().start(), a.thesis().end());
        for (Span s : a.summary()) span(out, text, "summary", s);
        for (Claim c : a.claims()) {
            quoted(out, text, "claim", c.text(), c.start(), c.end());
            Span source = c.attributedToSpan();
            if (source != null) quoted(out, text, "source of a claim", c.attributedTo(), source.start(), source.end());
        }
        for (Stance st : a.stances()) for (Span s : st.evidence()) span(out, text, "stance " + st.target(), s);
        return out;
    }

    private static void quoted(List<String> out, String text, String what, String quote, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            out.add(what + " [" + start + "," + end + ") outside the text");
        } else if (!text.substring(start, end).equals(quote)) {
            out.add(what + " [" + start + "," + end + ") does not hold its text: " + quote);
        }
    }

    private static void span(List<String> out, String text, String what, Span s) {
        if (s.end() > text.length() || s.start() >= s.end()) {
            out.add(what + " [" + s.start() + "," + s.end() + ") outside the text");
        } else if (Character.isWhitespace(text.charAt(s.start())) || Character.isWhitespace(text.charAt(s.end() - 1))) {
            out.add(what + " [" + s.start() + "," + s.end() + ") not trimmed");
        }
    }
}
