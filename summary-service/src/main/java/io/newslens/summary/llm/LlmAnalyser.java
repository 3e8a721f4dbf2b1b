package io.newslens.summary.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newslens.summary.analysis.Analyser;
import io.newslens.summary.analysis.ArticleAnalysis;
import io.newslens.summary.analysis.ArticleInput;
import io.newslens.summary.config.SummaryConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Analyser backed by an OpenAI-compatible chat completions endpoint ({@code POST {base-url}/chat/completions})
 * with structured output ({@code response_format: json_schema}, strict). The model quotes sentences;
 * {@link LlmAnswerMapper} turns the quotes back into offsets and drops what it cannot find in the text.
 *
 * <p>Not a CDI bean: {@code AnalyserRegistry} creates it only when {@code newslens.summary.llm.base-url} is set.
 * Uses the JDK HTTP client so that it has no lifecycle of its own to manage.
 */
public class LlmAnalyser implements Analyser {

    public static final String NAME = "llm";

    static final String SYSTEM_PROMPT = """
            You analyse one news or opinion article. Answer only with JSON matching the schema.
            Copy every sentence you return verbatim from the article (thesis, summary, claim sentences, stance evidence).
            thesis: the sentence that states what the article argues. summary: 3 to 5 sentences.
            claims: the article's claim sentences; type is factual, causal, predictive, evaluative or prescriptive;
            hedged with the hedging cue (e.g. "may", "cannot be ruled out", "not likely"); attributedTo is the person
            or body quoted or reported (e.g. "Wang Yi pointed out that ..." -> "Wang Yi"), null for the author's own voice;
            checkworthiness from 0 to 1. stances: for each salient entity, favourable, unfavourable, neutral or mixed,
            a score from -1 to 1 and evidence sentences.""";

    private final SummaryConfig.Llm config;
    private final URI endpoint;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public LlmAnalyser(SummaryConfig.Llm config, ObjectMapper mapper) {
        this.config = config;
        URI base = config.baseUrl().orElseThrow(() -> new IllegalStateException("newslens.summary.llm.base-url is not set"));
        String b = base.toString();
        this.endpoint = URI.create((b.endsWith("/") ? b : b + "/") + "chat/completions");
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return config.promptVersion() + "+" + config.model();
    }

    @Override
    public ArticleAnalysis analyse(ArticleInput article) {
        String body;
        try {
            body = mapper.writeValueAsString(request(article));
        } catch (IOException e) {
            throw new LlmAnalyserException("cannot write request", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        config.apiKey().filter(k -> !k.isBlank()).ifPresent(k -> request.header("Authorization", "Bearer " + k));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LlmAnalyserException("LLM endpoint unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmAnalyserException("interrupted while calling the LLM endpoint", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new LlmAnalyserException("LLM endpoint answered HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return new LlmAnswerMapper(article.text()).map(content(response.body()));
    }

    ObjectNode request(ArticleInput article) {
        String text = article.text();
        if (text.length() > config.maxChars()) text = text.substring(0, config.maxChars());
        ObjectNode req = mapper.createObjectNode();
        req.put("model", config.model());
        req.put("temperature", 0);
        ArrayNode messages = req.putArray("messages");
        messages.addObject().put("role", "system").put("content", SYSTEM_PROMPT);
        String title = article.title() == null ? "" : "Title: " + article.title() + "\n\n";
        messages.addObject().put("role", "user").put("content", title + "Article:\n" + text);
        ObjectNode format = req.putObject("response_format");
        format.put("type", "json_schema");
        ObjectNode schema = format.putObject("json_schema");
        schema.put("name", AnalysisSchema.NAME);
        schema.put("strict", true);
        schema.set("schema", AnalysisSchema.schema(mapper));
        return req;
    }

    private JsonNode content(String responseBody) {
        try {
            JsonNode message = mapper.readTree(responseBody).path("choices").path(0).path("message");
            if (message.hasNonNull("refusal")) {
                throw new LlmAnalyserException("LLM refused: " + abbreviate(message.get("refusal").asText()));
            }
            JsonNode content = message.path("content");
            if (!content.isTextual()) {
                throw new LlmAnalyserException("LLM answer has no message content: " + abbreviate(responseBody));
            }
            return mapper.readTree(content.asText());
        } catch (IOException e) {
            throw new LlmAnalyserException("LLM answer is not JSON: " + abbreviate(responseBody), e);
        }
    }

    private static String abbreviate(String s) {
        if (s == null) return "";
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
