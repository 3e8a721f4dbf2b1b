package io.newslens.summary.llm;

/** The language model endpoint failed or answered something that is not the requested JSON. */
public class LlmAnalyserException extends RuntimeException {
    public LlmAnalyserException(String message) {
        super(message);
    }

    public LlmAnalyserException(String message, Throwable cause) {
        super(message, cause);
    }
}
