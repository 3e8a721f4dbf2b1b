package io.newslens.support.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesTheStandardMembersAndExtensionsBesideThemButNoNulls() throws Exception {
        Problem p = Problem.of(400, "invalid-parameter", "Invalid parameter", "size must be positive").with("parameter", "size");
        JsonNode json = mapper.readTree(mapper.writeValueAsString(p));
        assertEquals("https://newslens.io/problems/invalid-parameter", json.get("type").asText());
        assertEquals("Invalid parameter", json.get("title").asText());
        assertEquals(400, json.get("status").asInt());
        assertEquals("size must be positive", json.get("detail").asText());
        assertEquals("size", json.get("parameter").asText());
        assertFalse(json.has("instance"));
        assertFalse(json.has("extensions"));
        assertEquals(5, json.size());
    }

    @Test
    void aStatusProblemIsTitledAndTypedByItsReasonPhrase() {
        Problem p = Problem.ofStatus(413, "too big");
        assertEquals("Request Entity Too Large", p.title());
        assertEquals(Problem.TYPE_BASE + "request-entity-too-large", p.type());
        assertEquals("Not Found", ProblemException.notFound("x").problem().title());
        assertEquals("HTTP 599", Problem.ofStatus(599, "x").title());
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsAnOutageButAStatementItRefusedIsNot() {
        assertTrue(ProblemMappers.isDatabaseOutage(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(ProblemMappers.isDatabaseOutage(new SQLException("no state")));
        assertFalse(ProblemMappers.isDatabaseOutage(new RuntimeException(new SQLException("bad value", "22021"))));
        assertFalse(ProblemMappers.isDatabaseOutage(new SQLException("duplicate", "23505")));
        assertFalse(ProblemMappers.isDatabaseOutage(new IllegalStateException("bug")));
    }
}
