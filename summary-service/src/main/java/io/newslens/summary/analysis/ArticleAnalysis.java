package io.newslens.summary.analysis;

import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.common.events.SummaryComputed.Stance;
import io.newslens.common.events.SummaryComputed.Thesis;

import java.util.List;

/** An analyser's result; every offset points into the analysed text. */
public record ArticleAnalysis(List<Span> summary, Thesis thesis, List<Claim> claims, List<Stance> stances) {
    public ArticleAnalysis {
        summary = summary == null ? List.of() : List.copyOf(summary);
        claims = claims == null ? List.of() : List.copyOf(claims);
        stances = stances == null ? List.of() : List.copyOf(stances);
    }
}
