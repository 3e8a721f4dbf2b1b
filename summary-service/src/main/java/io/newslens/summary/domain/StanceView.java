package io.newslens.summary.domain;

import java.util.List;

public record StanceView(String target, String targetType, String label, double score, List<TextSpan> evidence) {
}
