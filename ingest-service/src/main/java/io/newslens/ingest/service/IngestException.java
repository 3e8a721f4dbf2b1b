package io.newslens.ingest.service;

/**
 * A request the service cannot honour, with the HTTP status and problem type it maps to
 * (rendered as application/problem+json by the REST layer).
 */
public class IngestException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    public IngestException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public IngestException(int status, String type, String title, String detail, Throwable cause) {
        this(status, type, title, detail);
        initCause(cause);
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
        return status;
    }

    /** Short problem type slug, e.g. {@code empty-body}; the REST layer turns it into a URI. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
