package io.newslens.summary.analysis;

import io.newslens.common.events.Span;

import java.util.List;

/** @param label one of agree, disagree, discuss, unrelated */
public record PropositionStance(String label, double confidence, List<Span> evidence) {
    public PropositionStance {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
