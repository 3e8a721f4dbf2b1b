package io.newslens.summary.service;

/** The analyser threw: the article is treated as poison (recorded and dead-lettered). */
public class AnalyserFailedException extends RuntimeException {
    public AnalyserFailedException(String analyser, Throwable cause) {
        super("analyser " + analyser + " failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
