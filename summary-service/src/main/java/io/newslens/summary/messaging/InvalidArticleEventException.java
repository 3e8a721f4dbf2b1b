package io.newslens.summary.messaging;

/** An {@code articles} record that is not a usable {@code ArticleParsed} event. */
public class InvalidArticleEventException extends RuntimeException {
    public InvalidArticleEventException(String message) {
        super(message);
    }

    public InvalidArticleEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
