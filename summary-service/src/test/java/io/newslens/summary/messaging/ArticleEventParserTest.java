package io.newslens.summary.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newslens.common.events.ArticleParsed;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleEventParserTest {

    final ArticleEventParser parser = new ArticleEventParser(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void readsAValidEventAndIgnoresUnknownFields() {
        ArticleParsed e = parser.parse("{\"schemaVersion\":1,\"id\":\"a\",\"version\":3,\"text\":\"Body.\",\"future\":1,"
                + "\"publishedAt\":\"2025-01-01T00:00:00Z\"}");
        assertEquals("a", e.id());
        assertEquals(3, e.version());
    }

    @Test
    void rejectsWhatCannotBeAnalysedWithAReason() {
        assertTrue(reason("{oops").contains("invalid ArticleParsed JSON"));
        assertTrue(reason("").contains("empty"));
        assertTrue(reason("null").contains("JSON null"));
        assertTrue(reason("{\"version\":1,\"text\":\"t\"}").contains("id is missing"));
        assertTrue(reason("{\"id\":\"a\",\"version\":1}").contains("has no text"));
        assertTrue(reason("{\"id\":\"a\",\"version\":-1,\"text\":\"t\"}").contains("negative"));
        assertTrue(reason("{\"id\":\"a\",\"version\":1,\"text\":\"t\",\"paragraphs\":[{\"start\":5,\"end\":1}]}").contains("invalid"));
        assertTrue(reason("{\"schemaVersion\":99,\"id\":\"a\",\"version\":1,\"text\":\"t\"}").contains("schemaVersion"));
    }

    private String reason(String json) {
        return assertThrows(InvalidArticleEventException.class, () -> parser.parse(json)).getMessage();
    }
}
