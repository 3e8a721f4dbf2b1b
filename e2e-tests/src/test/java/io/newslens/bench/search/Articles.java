package io.newslens.bench.search;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The corpus as {@code ArticleParsed} events. FNC-1 bodies are bare text: the title is the first
 * line (cut at 140 characters), paragraphs are the non-blank lines, language "en"; there are no
 * authors, publisher, date or entities (ingest-service is not in this path, so nothing extracts them).
 */
final class Articles {

    record Body(String key, String text) {
    }

    private Articles() {
    }

    /** The first {@code limit} FNC-1 training bodies, in file order. */
    static List<Body> fnc1(Path csv, int limit) {
        List<Body> out = new ArrayList<>();
        for (Map.Entry<String, String> e : io.newslens.test.Csv.fnc1Bodies(csv).entrySet()) {
            if (out.size() == limit) {
                break;
            }
            out.add(new Body(e.getKey(), e.getValue()));
        }
        return out;
    }

    static ArticleParsed event(String id, String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!text.substring(start, end).isBlank()) {
                paragraphs.add(new Span(start, end));
            }
            start = end + 1;
        }
        String first = paragraphs.isEmpty() ? text : text.substring(paragraphs.get(0).start(), paragraphs.get(0).end());
        String title = first.strip().length() > 140 ? first.strip().substring(0, 140) : first.strip();
        return new ArticleParsed(ArticleParsed.SCHEMA_VERSION, id, 1, null, sha256(text), null, null, title, List.of(),
                null, null, null, "en", "article", text, paragraphs, List.of(), false, Instant.now());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
