package io.newslens.summary.domain;

public record ThesisView(String text, int start, int end) {
}
