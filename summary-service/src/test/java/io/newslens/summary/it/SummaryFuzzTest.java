package io.newslens.summary.it;

import io.newslens.common.events.ArticleParsed;
import io.newslens.localstack.test.FuzzTally;
import io.newslens.localstack.test.HostileInputs;
import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.summary.persistence.AnalysisEntity;
import io.newslens.summary.persistence.AnalysisFailureEntity;
import io.newslens.summary.persistence.ArticleEntity;
import io.newslens.summary.persistence.ClaimEntity;
import io.newslens.support.outbox.OutboxMessage;
import io.newslens.summary.persistence.StanceEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static io.newslens.localstack.test.HostileInputs.percentEncode;
import static io.newslens.localstack.test.HostileInputs.quote;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes every public endpoint of the summary-service (the paths of its OpenAPI document) with a
 * bounded, seeded stream of hostile query parameters, ids and bodies: no 5xx, every 4xx a problem
 * document, no stored row changed by any request but a re-analysis (article, analysis, claim, stance,
 * outbox — what reaches Kafka — and analysis_failure), service healthy afterwards. Replay with {@code -Dnewslens.fuzz.seed=N}.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "services", value = "kafka,postgres"))
class SummaryFuzzTest {

    static final long DEFAULT_SEED = 6_2026_11_23L;
    static final int ROUNDS = 30;
    /** Longest encoded parameter value: request lines stay under quarkus.http.limits.max-initial-line-length. */
    static final int MAX_ENCODED = 1200;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** Every request of this test starts here: credentials (e.g. an X-API-Key header) go in this one place. */
    static RequestSpecification api() {
        return given().urlEncodingEnabled(false);
    }

    private final HostileInputs in = HostileInputs.fromSystemProperty(DEFAULT_SEED);
    private final FuzzTally tally = new FuzzTally("summary-service", in.seed());
    private final List<String> storageViolations = new ArrayList<>();

    @Test
    void everyEndpointSurvivesHostileInput() throws Exception {
        List<String> ids = analysedArticles();
        System.out.println("fuzz summary-service seed=" + in.seed());
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> before = counts();
            call("GET /api/summaries/{articleId}", "/api/summaries/" + id(ids));
            for (int i = 0; i < 3; i++) {
                call("GET /api/claims", "/api/claims" + query(List.of("entity", "type", "hedged", "attributedTo", "publisher",
                        "from", "to", "minCheckworthiness", "page", "size")));
            }
            call("GET /api/stances", "/api/stances" + query(List.of("target")));
            stance(ids);
            stance(ids);
            call("GET /api/admin/reanalyse", "/api/admin/reanalyse" + query(List.of("limit")));
            String method = in.pick(List.of("PUT", "DELETE", "PATCH", "POST"));
            String path = in.pick(List.of("/api/summaries/" + ids.get(0), "/api/claims", "/api/stances", "/api/nothing"));
            record(method + " (not offered)", method + " " + path, () -> api().contentType("application/json")
                    .body(in.randomJson(3)).request(method, path));
            List<Long> after = counts();
            if (!before.equals(after)) {
                storageViolations.add("round " + round + ": (article, analysis, claim, stance, outbox, analysis_failure) "
                        + before + " -> " + after);
            }
            // re-analysis may legitimately store (articles other tests left unanalysed): outside the comparison
            if (round % 3 == 0) {
                String q = query(List.of("limit"));
                record("POST /api/admin/reanalyse", q, () -> api().post("/api/admin/reanalyse" + q));
            }
        }
        System.out.println(tally.summary());
        assertEquals("", tally.violationReport());
        assertEquals(List.of(), storageViolations, "stored rows changed by read or refused requests, seed " + in.seed());
        api().get("/q/health").then().statusCode(200);
        Set<String> unfuzzed = tally.unfuzzed(api().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths"));
        assertTrue(unfuzzed.isEmpty(), "endpoints missing from the fuzz test: " + unfuzzed);
    }

    /** A few articles through the real topic, analysed: real ids to fuzz around. */
    private List<String> analysedArticles() throws Exception {
        List<String> ids = new ArrayList<>();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.createTopics("articles", "summaries", "articles-summary-dlq");
            for (int i = 0; i < 3; i++) {
                ArticleParsed a = SeedCorpus.article("fuzz-" + in.seed() + "-" + i, 1, in.article(), "Fuzz Daily",
                        Instant.parse("2024-05-01T00:00:00Z"));
                kafka.sendJson("articles", a.id(), a);
                ids.add(a.id());
            }
        }
        for (String id : ids) {
            SummaryPipelineTest.awaitSummary(id);
        }
        return ids;
    }

    private void stance(List<String> ids) {
        String valid = "{\"claim\":" + quote(in.pick(List.of("The council passed the budget", "Reform will fail", in.oddString())))
                + "," + (in.chance(0.5) ? "\"articleId\":" + quote(in.pick(ids)) : "\"text\":" + quote(in.article())) + "}";
        byte[] body = switch (in.nextInt(8)) {
            case 0 -> in.deepJson(1 + in.nextInt(5000)).getBytes(StandardCharsets.UTF_8);
            case 1 -> in.randomJson(4).getBytes(StandardCharsets.UTF_8);
            case 2 -> in.invalidUtf8();
            case 3 -> ("{\"claim\":" + quote(in.huge(1990 + in.nextInt(20))) + ",\"text\":" + quote(in.huge(20_000)) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"claim\":\"c\",\"text\":\"" + "a".repeat(1_050_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            default -> in.mutate(valid.getBytes(StandardCharsets.UTF_8));
        };
        String type = in.pick(List.of("application/json", "application/json", "application/json; charset=utf-8", "text/plain",
                "multipart/form-data; boundary=x", "application/json; charset=latin1"));
        String description = type + " " + new String(body, 0, Math.min(body.length, 100), StandardCharsets.UTF_8);
        try {
            record("POST /api/stance", description, () -> api().contentType(type).body(body).post("/api/stance"));
        } catch (RuntimeException e) { // the server may hang up on a body it refuses by its Content-Length alone
            tally.recordClosed("POST /api/stance", description + " (" + e + ")", body.length > 1_048_576);
        }
    }

    private String query(List<String> names) {
        StringBuilder sb = new StringBuilder();
        int n = in.nextInt(Math.min(names.size(), 4) + 1);
        for (int i = 0; i < n; i++) {
            String name = in.pick(names);
            byte[] value = switch (in.nextInt(6)) {
                case 0 -> in.invalidUtf8();
                case 1 -> in.oddString().getBytes(StandardCharsets.UTF_8);
                case 2 -> in.mutate(plausible(name)).getBytes(StandardCharsets.UTF_8);
                default -> plausible(name).getBytes(StandardCharsets.UTF_8);
            };
            sb.append(sb.length() == 0 ? "?" : "&").append(name).append('=').append(percentEncode(value, MAX_ENCODED));
        }
        return sb.toString();
    }

    private String plausible(String name) {
        Map<String, List<String>> values = Map.of(
                "type", List.of("factual", "causal", "FACTUAL", "opinion", ""),
                "hedged", List.of("true", "false", "yes", "1"),
                "from", List.of("2024-01-01", "2024-01-01T00:00:00Z", "2024-13-01", "+1000000000-01-01T00:00:00Z"),
                "to", List.of("2025-01-01", "1970-01-01", "2024-02-30", "2024-01-01T00:00:00+02:00"),
                "page", List.of("0", "1", "-1", "99", "100000", "2147483647", "1e3"),
                "size", List.of("1", "20", "100", "101", "0", "-1", "2147483648"),
                "limit", List.of("0", "1", "5", "-1", "2147483647", "x"));
        return in.pick(values.getOrDefault(name, List.of("Harbour Council", "council", "Minister", "Fuzz Daily", "%", "_")));
    }

    private String id(List<String> ids) {
        return switch (in.nextInt(5)) {
            case 0 -> percentEncode(in.invalidUtf8());
            case 1 -> percentEncode(in.oddString().getBytes(StandardCharsets.UTF_8), MAX_ENCODED);
            case 2 -> percentEncode(in.mutate(ids.get(0)).getBytes(StandardCharsets.UTF_8), MAX_ENCODED);
            default -> in.pick(ids);
        };
    }

    /** A GET, with a hostile header one time in three. */
    private void call(String endpoint, String pathAndQuery) {
        String[] header = in.chance(0.33) ? in.header() : null;
        record(endpoint, pathAndQuery + (header == null ? "" : " [" + header[0] + ": " + header[1] + "]"),
                () -> header == null ? api().get(pathAndQuery) : api().header(header[0], header[1]).get(pathAndQuery));
    }

    private void record(String endpoint, String description, Supplier<Response> call) {
        tally.send(endpoint, description, () -> {
            Response r = call.get();
            return new FuzzTally.Answer(r.statusCode(), r.contentType(), r.asString());
        });
    }

    private static List<Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(ArticleEntity.count(), AnalysisEntity.count(),
                ClaimEntity.count(), StanceEntity.count(), OutboxMessage.count(), AnalysisFailureEntity.count()));
    }
}
