package io.newslens.summary.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.newslens.summary.analysis.ArticleAnalysis;
import io.newslens.summary.analysis.ArticleInput;
import io.newslens.summary.config.SummaryConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LLM analyser against a stub of an OpenAI-compatible endpoint on a free loopback port. */
class LlmAnalyserTest {

    static final String TEXT = "NATO leaders met in Brussels on Monday.  The summit \u201Cmay reshape\u201D the alliance, analysts said.\n"
            + "Wang Yi pointed out that the SCO is not a military bloc. Europe should spend more on defence.";

    final ObjectMapper mapper = new ObjectMapper();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> authHeaders = new CopyOnWriteArrayList<>();
    HttpServer server;
    volatile int status = 200;
    volatile String answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    LlmAnalyser analyser(Optional<String> apiKey) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
        return new LlmAnalyser(new TestLlmConfig(Optional.of(base), apiKey), mapper);
    }

    String completion(ObjectNode content) throws IOException {
        ObjectNode response = mapper.createObjectNode();
        response.put("id", "chatcmpl-1").put("object", "chat.completion");
        ObjectNode message = response.putArray("choices").addObject().put("index", 0).putObject("message");
        message.put("role", "assistant").put("content", mapper.writeValueAsString(content));
        return mapper.writeValueAsString(response);
    }

    @Test
    void sendsAStrictJsonSchemaRequestAndMapsQuotesToOffsets() throws Exception {
        ObjectNode content = mapper.createObjectNode();
        // whitespace and typographic quotes normalised by the model, final stop dropped
        content.put("thesis", "The summit \"may reshape\" the alliance, analysts said");
        content.putArray("summary").add("NATO leaders met in Brussels on Monday.").add("Europe should spend more on defence.")
                .add("A sentence the article does not contain.");
        ObjectNode claim = content.putArray("claims").addObject();
        claim.put("sentence", "Wang Yi pointed out that the SCO is not a military bloc.").put("type", "FACTUAL")
                .put("hedged", false).putNull("hedgeCue").put("attributedTo", "Wang Yi").put("checkworthiness", 0.8);
        claim.putArray("entities").add("Wang Yi").add("SCO");
        ObjectNode hedged = ((com.fasterxml.jackson.databind.node.ArrayNode) content.get("claims")).addObject();
        hedged.put("sentence", "The summit \u201Cmay reshape\u201D the alliance, analysts said.").put("type", "predictive")
                .put("hedged", true).put("hedgeCue", "may").put("attributedTo", "analysts").put("checkworthiness", 3.0);
        hedged.putArray("entities");
        ObjectNode stance = content.putArray("stances").addObject();
        stance.put("target", "NATO").put("targetType", "ORG").put("label", "neutral").put("score", 0.1);
        stance.putArray("evidence").add("NATO leaders met in Brussels on Monday.");
        answer = completion(content);

        LlmAnalyser analyser = analyser(Optional.of("sk-test"));
        ArticleAnalysis analysis = analyser.analyse(new ArticleInput("a1", "Summit", TEXT, List.of(), List.of()));

        // request shape
        assertEquals(1, requests.size());
        JsonNode request = mapper.readTree(requests.get(0));
        assertEquals("test-model", request.path("model").asText());
        assertEquals("system", request.path("messages").path(0).path("role").asText());
        assertEquals("user", request.path("messages").path(1).path("role").asText());
        assertTrue(request.path("messages").path(1).path("content").asText().contains("Wang Yi pointed out"));
        JsonNode format = request.path("response_format");
        assertEquals("json_schema", format.path("type").asText());
        assertTrue(format.path("json_schema").path("strict").asBoolean());
        JsonNode schema = format.path("json_schema").path("schema");
        assertEquals("object", schema.path("type").asText());
        assertFalse(schema.path("additionalProperties").asBoolean(true));
        assertEquals(List.of("thesis", "summary", "claims", "stances"), mapper.convertValue(schema.path("required"), List.class));
        assertEquals(5, schema.path("properties").path("claims").path("items").path("properties").path("type").path("enum").size());
        assertEquals("Bearer sk-test", authHeaders.get(0));
        assertEquals("llm", analyser.name());
        assertEquals("1+test-model", analyser.version());

        // parsing: every returned offset points at the quoted sentence in the original text
        int thesisStart = TEXT.indexOf("The summit");
        assertEquals(thesisStart, analysis.thesis().start());
        assertEquals(TEXT.substring(analysis.thesis().start(), analysis.thesis().end()), analysis.thesis().text());
        assertTrue(analysis.thesis().text().startsWith("The summit \u201Cmay reshape\u201D"));
        assertEquals(2, analysis.summary().size(), "the invented sentence is dropped");
        assertEquals("Europe should spend more on defence.",
                TEXT.substring(analysis.summary().get(1).start(), analysis.summary().get(1).end()));
        assertEquals(2, analysis.claims().size());
        var c0 = analysis.claims().get(0);
        assertEquals("factual", c0.type());
        assertEquals("Wang Yi", c0.attributedTo());
        assertEquals(List.of("Wang Yi", "SCO"), c0.entities());
        assertFalse(c0.hedged());
        assertNull(c0.hedgeCue());
        assertEquals(c0.text(), TEXT.substring(c0.start(), c0.end()));
        var c1 = analysis.claims().get(1);
        assertTrue(c1.hedged());
        assertEquals("may", c1.hedgeCue());
        assertEquals(1.0, c1.checkworthiness(), "clamped to 0..1");
        assertEquals(1, analysis.stances().size());
        assertEquals("neutral", analysis.stances().get(0).label());
        assertEquals(0, analysis.stances().get(0).evidence().get(0).start());
    }

    @Test
    void noApiKeyMeansNoAuthorizationHeader() throws Exception {
        ObjectNode content = mapper.createObjectNode();
        content.put("thesis", "not in the text");
        content.putArray("summary");
        content.putArray("claims");
        content.putArray("stances");
        answer = completion(content);
        ArticleAnalysis analysis = analyser(Optional.empty()).analyse(new ArticleInput("a", null, TEXT, List.of(), List.of()));
        assertEquals("null", authHeaders.get(0));
        assertNull(analysis.thesis());
        assertTrue(analysis.claims().isEmpty());
    }

    @Test
    void httpErrorsAndNonJsonAnswersFailTheAnalysis() throws Exception {
        status = 500;
        answer = "{\"error\": {\"message\": \"overloaded\"}}";
        LlmAnalyserException e = assertThrows(LlmAnalyserException.class,
                () -> analyser(Optional.empty()).analyse(new ArticleInput("a", null, TEXT, List.of(), List.of())));
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());

        status = 200;
        ObjectNode response = mapper.createObjectNode();
        response.putArray("choices").addObject().putObject("message").put("content", "Sorry, here is prose, not JSON");
        answer = mapper.writeValueAsString(response);
        e = assertThrows(LlmAnalyserException.class,
                () -> analyser(Optional.empty()).analyse(new ArticleInput("a", null, TEXT, List.of(), List.of())));
        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());

        response = mapper.createObjectNode();
        response.putArray("choices").addObject().putObject("message").putNull("content").put("refusal", "I cannot help");
        answer = mapper.writeValueAsString(response);
        e = assertThrows(LlmAnalyserException.class,
                () -> analyser(Optional.empty()).analyse(new ArticleInput("a", null, TEXT, List.of(), List.of())));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void unreachableEndpointFailsTheAnalysis() {
        LlmAnalyser analyser = analyser(Optional.empty());
        server.stop(0);
        assertThrows(LlmAnalyserException.class,
                () -> analyser.analyse(new ArticleInput("a", null, TEXT, List.of(), List.of())));
    }

    record TestLlmConfig(Optional<URI> baseUrl, Optional<String> apiKey) implements SummaryConfig.Llm {
        public String model() {
            return "test-model";
        }

        public String promptVersion() {
            return "1";
        }

        public Duration timeout() {
            return Duration.ofSeconds(5);
        }

        public int maxChars() {
            return 10_000;
        }
    }
}
