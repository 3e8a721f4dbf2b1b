package io.newslens.summary.service;

/** The analyser's result cannot be stored (e.g. an offset outside the text). */
public class AnalysisRejectedException extends RuntimeException {
    public AnalysisRejectedException(String message) {
        super(message);
    }
}
