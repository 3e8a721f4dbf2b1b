package io.newslens.ingest.service;

import io.newslens.support.problem.Problem;
import io.newslens.support.problem.ProblemException;

/**
 * A request the service cannot honour, with the HTTP status and problem type it maps to
 * (rendered as application/problem+json by the REST layer, and counted as a rejection).
 */
public class IngestException extends ProblemException {

    public IngestException(int status, String type, String title, String detail) {
        super(Problem.of(status, type, title, detail));
    }

    public IngestException(int status, String type, String title, String detail, Throwable cause) {
        super(Problem.of(status, type, title, detail), cause);
    }

    public static IngestException badRequest(String type, String detail) {
        return new IngestException(400, type, "Bad request", detail);
    }

    public static IngestException tooLarge(String detail) {
        return new IngestException(413, "payload-too-large", "Payload too large", detail);
    }

    public static IngestException unsupportedMediaType(String detail) {
        return new IngestException(415, "unsupported-media-type", "Unsupported media type", detail);
    }

    public static IngestException unprocessable(String type, String detail) {
        return new IngestException(422, type, "Unprocessable content", detail);
    }

    public static IngestException badGateway(String type, String detail) {
        return new IngestException(502, type, "Bad gateway", detail);
    }

    public int status() {
        return problem().status();
    }

    /** Short problem type slug, e.g. {@code empty-body}. */
    public String type() {
        return problem().type().substring(Problem.TYPE_BASE.length());
    }
}
