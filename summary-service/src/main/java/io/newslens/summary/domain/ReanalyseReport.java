package io.newslens.summary.domain;

import java.util.List;

/**
 * Result of one bounded re-analysis batch. {@code remaining} counts articles still analysed by
 * another analyser after this batch (including ones that failed); call again while it is not 0
 * and {@code processed} is not 0.
 */
public record ReanalyseReport(AnalyserView analyser, int processed, int skipped, List<Failure> failures, long remaining) {

    public record Failure(String articleId, String reason) {
    }
}
