package io.newslens.summary.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.events.ArticleParsed;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads an {@code articles} record value. Parsing happens here rather than in a Kafka deserializer
 * so that an unreadable record can be recorded as a failure with its reason before it goes to the
 * dead-letter topic (a deserializer failure never reaches application code).
 */
@ApplicationScoped
public class ArticleEventParser {

    static final int MAX_ID_LENGTH = 128;

    private final ObjectMapper mapper;

    public ArticleEventParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ArticleParsed parse(String value) {
        if (value == null || value.isBlank()) throw new InvalidArticleEventException("empty record value");
        ArticleParsed event;
        try {
            event = mapper.readValue(value, ArticleParsed.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleEventException("invalid ArticleParsed JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleEventException("invalid ArticleParsed: " + e.getMessage(), e);
        }
        validate(event);
        return event;
    }

    static void validate(ArticleParsed event) {
        if (event == null) throw new InvalidArticleEventException("record value is JSON null");
        if (event.id() == null || event.id().isBlank()) throw new InvalidArticleEventException("article id is missing");
        if (event.id().length() > MAX_ID_LENGTH) throw new InvalidArticleEventException("article id longer than " + MAX_ID_LENGTH);
        if (event.version() < 0) throw new InvalidArticleEventException("negative article version " + event.version());
        if (event.text() == null) throw new InvalidArticleEventException("article " + event.id() + " has no text");
        if (event.schemaProblem() != null) {
            throw new InvalidArticleEventException(event.schemaProblem());
        }
    }
}
