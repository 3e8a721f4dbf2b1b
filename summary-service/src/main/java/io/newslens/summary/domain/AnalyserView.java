package io.newslens.summary.domain;

public record AnalyserView(String name, String version) {
}
