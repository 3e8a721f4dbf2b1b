package io.newslens.ingest.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.events.ArticleParsed.Author;
import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Maps the jsonb list columns of {@link Article} in the same JSON shape as the event contract. */
@ApplicationScoped
public class ArticleJson {

    private static final TypeReference<List<Author>> AUTHORS = new TypeReference<>() {
    };
    private static final TypeReference<List<Span>> SPANS = new TypeReference<>() {
    };
    private static final TypeReference<List<Entity>> ENTITIES = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public ArticleJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public List<Author> authors(Article a) {
        return read(a.authors, AUTHORS);
    }

    public List<Span> paragraphs(Article a) {
        return read(a.paragraphs, SPANS);
    }

    public List<Entity> entities(Article a) {
        return read(a.entities, ENTITIES);
    }

    private <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt jsonb column", e);
        }
    }
}
