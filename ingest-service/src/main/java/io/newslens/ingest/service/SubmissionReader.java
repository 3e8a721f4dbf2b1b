package io.newslens.ingest.service;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.ingest.domain.ArticleSubmission;
import io.newslens.ingest.domain.ArticleSubmission.Origin;
import io.newslens.ingest.extraction.RawPage;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns what a client sent (a raw text/HTML body, or a JSON request) into an {@link ArticleSubmission},
 * validating hints and fetching {@code url} submissions.
 */
@ApplicationScoped
public class SubmissionReader {

    /** Optional client hints; publisher and publishedAt win over what the page says. */
    public record Hints(String sourceUrl, String publisher, String publishedAt, String externalId) {
        public static final Hints NONE = new Hints(null, null, null, null);
    }

    static final int MAX_EXTERNAL_ID = 512;
    static final int MAX_HINT = 2048;

    private final ObjectMapper mapper;
    private final UrlFetcher fetcher;

    public SubmissionReader(ObjectMapper mapper, UrlFetcher fetcher) {
        this.mapper = mapper;
        this.fetcher = fetcher;
    }

    /** A text/plain or text/html body. */
    public ArticleSubmission fromBody(byte[] body, String contentType, Hints hints) {
        String mediaType = mediaType(contentType);
        boolean html = mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
        BodyDecoder.Decoded decoded = BodyDecoder.decode(body, contentType, html);
        return new ArticleSubmission(decoded.text(), html ? RawPage.Kind.HTML : RawPage.Kind.TEXT, body,
                mediaType, decoded.charset(), Origin.BODY, hint("sourceUrl", hints.sourceUrl()),
                hint("publisher", hints.publisher()), instant(hints.publishedAt()), externalId(hints.externalId()));
    }

    /** An application/json body: {@code {"html"|"text"|"url", "sourceUrl", "publisher", "publishedAt", "externalId"}}. */
    public ArticleSubmission fromJson(byte[] body, Origin origin) {
        if (body == null || body.length == 0) {
            throw IngestException.badRequest("empty-body", "The request body is empty.");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JacksonException e) {
            throw IngestException.badRequest("malformed-json", "The body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw IngestException.badRequest("malformed-json", "The body cannot be read as JSON.");
        }
        return fromJson(node, origin);
    }

    public ArticleSubmission fromJson(JsonNode node, Origin origin) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw IngestException.badRequest("empty-body", "The JSON document is empty.");
        }
        if (!node.isObject()) {
            throw IngestException.badRequest("invalid-request", "Expected a JSON object with one of html, text or url.");
        }
        String html = string(node, "html");
        String text = string(node, "text");
        String url = string(node, "url");
        int given = (html != null ? 1 : 0) + (text != null ? 1 : 0) + (url != null ? 1 : 0);
        if (given != 1) {
            throw IngestException.badRequest("invalid-request",
                    "Give exactly one of \"html\", \"text\" or \"url\" (got " + given + ").");
        }
        String sourceUrl = hint("sourceUrl", string(node, "sourceUrl"));
        String publisher = hint("publisher", string(node, "publisher"));
        Instant publishedAt = instant(string(node, "publishedAt"));
        String externalId = externalId(string(node, "externalId"));
        if (url != null) {
            FetchedPage page = fetcher.fetch(url);
            return new ArticleSubmission(page.text(), page.kind(), page.body(), page.contentType(), page.charset(),
                    Origin.URL, sourceUrl != null ? sourceUrl : page.finalUri().toString(), publisher, publishedAt,
                    externalId);
        }
        String content = html != null ? html : text;
        if (content.isBlank()) {
            throw IngestException.badRequest("empty-body", "The \"" + (html != null ? "html" : "text") + "\" field is empty.");
        }
        return new ArticleSubmission(content, html != null ? RawPage.Kind.HTML : RawPage.Kind.TEXT,
                content.getBytes(StandardCharsets.UTF_8), html != null ? "text/html" : "text/plain", "UTF-8",
                origin, sourceUrl, publisher, publishedAt, externalId);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw IngestException.badRequest("invalid-request", "\"" + field + "\" must be a string.");
        }
        return value.textValue();
    }

    private static String hint(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_HINT) {
            throw IngestException.badRequest("invalid-request", "\"" + name + "\" is longer than " + MAX_HINT + " characters.");
        }
        return printable(name, value.strip());
    }

    private static String externalId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_EXTERNAL_ID) {
            throw IngestException.badRequest("invalid-request", "\"externalId\" is longer than " + MAX_EXTERNAL_ID + " characters.");
        }
        return printable("externalId", value.strip());
    }

    /** Hints are single-line labels: control characters (PostgreSQL cannot even store NUL) and broken UTF-16 are refused. */
    private static String printable(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairedHigh) {
                i++;
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                throw IngestException.badRequest("invalid-request", "\"" + name
                        + "\" contains a control character or an unpaired surrogate at position " + i + ".");
            }
        }
        return value;
    }

    /** ISO 8601 instant, offset date-time, local date-time (UTC) or date (midnight UTC). */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant = parseInstant(value);
        // PostgreSQL timestamps end at year 294276: keep to years 1..9999
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw IngestException.badRequest("invalid-request",
                    "\"publishedAt\" must lie between the years 1 and 9999, got '" + value.strip() + "'.");
        }
        return instant;
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private static Instant parseInstant(String value) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw IngestException.badRequest("invalid-request",
                    "\"publishedAt\" must be an ISO 8601 date or date-time, got '" + v + "'.");
        }
    }

    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
