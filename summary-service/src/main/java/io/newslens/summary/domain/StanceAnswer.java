package io.newslens.summary.domain;

import java.util.List;

/** @param label agree, disagree, discuss or unrelated (FNC-1) */
public record StanceAnswer(String label, double confidence, List<TextSpan> evidence, String articleId) {
}
