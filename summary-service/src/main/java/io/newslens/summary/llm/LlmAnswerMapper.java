package io.newslens.summary.llm;

import com.fasterxml.jackson.databind.JsonNode;
import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.common.events.SummaryComputed.Stance;
import io.newslens.common.events.SummaryComputed.Thesis;
import io.newslens.summary.analysis.ArticleAnalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns the model's structured answer into an {@link ArticleAnalysis} whose offsets point into the body. */
final class LlmAnswerMapper {

    private final String text;
    private final QuoteLocator locator;

    LlmAnswerMapper(String text) {
        this.text = text;
        this.locator = new QuoteLocator(text);
    }

    ArticleAnalysis map(JsonNode answer) {
        Thesis thesis = locator.locate(answer.path("thesis").asText(null))
                .map(s -> new Thesis(text.substring(s.start(), s.end()), s.start(), s.end()))
                .orElse(null);
        List<Span> summary = spans(answer.path("summary"));
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : answer.path("claims")) {
            Optional<Span> span = locator.locate(c.path("sentence").asText(null));
            if (span.isEmpty()) continue;
            Span s = span.get();
            boolean hedged = c.path("hedged").asBoolean(false);
            claims.add(new Claim(text.substring(s.start(), s.end()), s.start(), s.end(),
                    oneOf(c.path("type").asText(""), AnalysisSchema.CLAIM_TYPES, "factual"),
                    hedged, hedged ? blankToNull(c.path("hedgeCue").asText(null)) : null,
                    blankToNull(c.path("attributedTo").asText(null)),
                    strings(c.path("entities")),
                    clamp(c.path("checkworthiness").asDouble(0), 0, 1)));
        }
        List<Stance> stances = new ArrayList<>();
        for (JsonNode st : answer.path("stances")) {
            String target = blankToNull(st.path("target").asText(null));
            if (target == null) continue;
            stances.add(new Stance(target, blankToNull(st.path("targetType").asText(null)),
                    oneOf(st.path("label").asText(""), AnalysisSchema.STANCE_LABELS, "neutral"),
                    clamp(st.path("score").asDouble(0), -1, 1), spans(st.path("evidence"))));
        }
        return new ArticleAnalysis(summary, thesis, claims, stances);
    }

    private List<Span> spans(JsonNode quotes) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode q : quotes) locator.locate(q.asText(null)).filter(s -> !spans.contains(s)).ifPresent(spans::add);
        return spans;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            String s = blankToNull(n.asText(null));
            if (s != null && !out.contains(s)) out.add(s);
        }
        return out;
    }

    private static String oneOf(String value, String[] allowed, String fallback) {
        String v = value.toLowerCase(Locale.ROOT).strip();
        return Arrays.asList(allowed).contains(v) ? v : fallback;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || "null".equals(s) ? null : s.strip();
    }

    private static double clamp(double v, double min, double max) {
        return Double.isNaN(v) ? 0 : Math.max(min, Math.min(max, v));
    }
}
