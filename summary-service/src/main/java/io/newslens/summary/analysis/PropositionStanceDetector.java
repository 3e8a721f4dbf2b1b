package io.newslens.summary.analysis;

/** Decides an article body's stance on a proposition (FNC-1 labels: agree, disagree, discuss, unrelated). */
public interface PropositionStanceDetector {

    PropositionStance detect(String proposition, String body);
}
