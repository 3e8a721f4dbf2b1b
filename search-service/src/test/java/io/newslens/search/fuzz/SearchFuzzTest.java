package io.newslens.search.fuzz;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newslens.localstack.test.FuzzTally;
import io.newslens.localstack.test.HostileInputs;
import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.search.config.SearchConfig;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static io.newslens.localstack.test.HostileInputs.percentEncode;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes every public endpoint of the search-service (the paths of its OpenAPI document) with a
 * bounded, seeded stream of hostile query parameters, ids, bodies and methods, on its own stack
 * (a reindex is part of it): no 5xx, every 4xx a problem document, the number of indexed documents
 * unchanged, service healthy afterwards. Replay with {@code -Dnewslens.fuzz.seed=N}.
 */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = {
        @ResourceArg(name = "services", value = "kafka,elasticsearch"), @ResourceArg(name = "database", value = "fuzz")})
class SearchFuzzTest {

    static final long DEFAULT_SEED = 6_2026_11_23L;
    static final int ROUNDS = 25;
    /** Longest encoded parameter value: request lines stay under quarkus.http.limits.max-initial-line-length. */
    static final int MAX_ENCODED = 1200;

    static final Map<String, List<String>> SEARCH_VALUES = Map.ofEntries(
            Map.entry("q", List.of("harbour", "budget AND reform", "\"railway strike\"", "title:harbour", "-budget", "harb*",
                    "(harbour OR", "_index:secret", "{\"query\":{\"match_all\":{}}}", "x".repeat(501), "NOT NOT NOT")),
            Map.entry("mode", List.of("keyword", "semantic", "hybrid", "KEYWORD", "script", "")),
            Map.entry("sort", List.of("relevance", "date", "_script", "title:asc", "")),
            Map.entry("page", List.of("1", "2", "0", "-1", "101", "2147483648", "1e2", "9999")),
            Map.entry("size", List.of("1", "10", "100", "101", "0", "-5", "abc", "10000")),
            Map.entry("cursor", List.of("WzEsMl0", "W1tbW1tbXV1dXV1d", "eyJhIjoxfQ", "!!!", "WyJfc2NyaXB0Il0", "")),
            Map.entry("publisher", List.of("Fuzz Daily", "*", "Fuzz Daily,Fuzz Post", "")),
            Map.entry("author", List.of("Author 1", "*", "")),
            Map.entry("language", List.of("en", "fr", "xx", "en,fr")),
            Map.entry("entity", List.of("Harbour Council", "HC", "*")),
            Map.entry("entityType", List.of("ORGANIZATION", "person", "")),
            Map.entry("from", List.of("2024-01-01", "2024-13-45", "yesterday", "2024-01-01T00:00:00Z", "-999999999-01-01")),
            Map.entry("to", List.of("2024-12-31", "1900-01-01", "2024-02-30", "+999999999-12-31T23:59:59Z")),
            Map.entry("stanceTarget", List.of("SCO", "")),
            Map.entry("stanceLabel", List.of("agree", "bogus")),
            Map.entry("claimType", List.of("factual", "bogus,,factual")),
            Map.entry("collapseDuplicates", List.of("true", "false", "maybe")),
            Map.entry("facets", List.of("true", "false", "2")),
            Map.entry("interval", List.of("day", "week", "month", "year", "decade")));

    @Inject
    ElasticsearchClient es;
    @Inject
    SearchConfig config;

    /** Every request of this test starts here: credentials (e.g. an X-API-Key header) go in this one place. */
    static RequestSpecification api() {
        return given().urlEncodingEnabled(false);
    }

    private final HostileInputs in = HostileInputs.fromSystemProperty(DEFAULT_SEED);
    private final FuzzTally tally = new FuzzTally("search-service", in.seed());

    @Test
    void everyEndpointSurvivesHostileInput() throws Exception {
        FuzzCorpus.ensureLoaded(es, config.index().alias());
        long documents = FuzzCorpus.count(es, config.index().alias());
        System.out.println("fuzz search-service seed=" + in.seed());
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < 6; i++) {
                call("GET /api/search", "/api/search" + query(SEARCH_VALUES.keySet().stream().toList()));
            }
            call("GET /api/export", "/api/export" + query(SEARCH_VALUES.keySet().stream().toList()));
            call("GET /api/suggest", "/api/suggest" + query(List.of("prefix", "size")));
            call("GET /api/articles/{id}", "/api/articles/" + id());
            call("GET /api/articles/{id}/similar", "/api/articles/" + id() + "/similar" + query(List.of("size")));
            call("GET /api/admin/reindex", "/api/admin/reindex" + query(List.of("state", "size")));
            if (round % 5 == 0) {
                String q = query(List.of("size"));
                byte[] body = in.randomJson(3).getBytes(StandardCharsets.UTF_8);
                record("POST /api/admin/reindex", q, () -> api().contentType("application/json").body(body)
                        .post("/api/admin/reindex" + q));
            }
            String method = in.pick(List.of("PUT", "DELETE", "PATCH", "POST"));
            String path = in.pick(List.of("/api/search", "/api/articles/fuzz-doc-1", "/api/export", "/api/suggest", "/api/nothing"));
            record(method + " (not offered)", method + " " + path, () -> api().contentType("application/json")
                    .body(in.deepJson(1000)).request(method, path));
        }
        System.out.println(tally.summary());
        assertEquals("", tally.violationReport());
        api().get("/q/health").then().statusCode(200);
        assertEquals(documents, FuzzCorpus.count(es, config.index().alias()), "indexed documents changed");
        Set<String> unfuzzed = tally.unfuzzed(api().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths"));
        assertTrue(unfuzzed.isEmpty(), "endpoints missing from the fuzz test: " + unfuzzed);
    }

    /** A query string drawing random parameters from {@code names}: plausible, odd, huge or invalid UTF-8 values. */
    private String query(List<String> names) {
        StringBuilder sb = new StringBuilder();
        int n = in.nextInt(Math.min(names.size(), 5) + 1);
        for (int i = 0; i < n; i++) {
            String name = in.pick(names);
            byte[] value = switch (in.nextInt(6)) {
                case 0 -> in.invalidUtf8();
                case 1 -> in.oddString().getBytes(StandardCharsets.UTF_8);
                case 2 -> in.mutate(plausible(name)).getBytes(StandardCharsets.UTF_8);
                default -> plausible(name).getBytes(StandardCharsets.UTF_8);
            };
            sb.append(sb.length() == 0 ? "?" : "&").append(in.chance(0.05) ? percentEncode(in.invalidUtf8()) : name)
                    .append('=').append(percentEncode(value, MAX_ENCODED));
        }
        return sb.toString();
    }

    private String plausible(String name) {
        return switch (name) {
            case "prefix" -> in.pick(List.of("harb", "h", "Harbour Co", "x".repeat(101), "*", "_index"));
            case "size" -> in.pick(List.of("1", "10", "50", "51", "100", "101", "0", "-1", "x"));
            default -> in.pick(SEARCH_VALUES.getOrDefault(name, List.of("1")));
        };
    }

    private String id() {
        return switch (in.nextInt(5)) {
            case 0 -> percentEncode(in.invalidUtf8());
            case 1 -> percentEncode(in.oddString().getBytes(StandardCharsets.UTF_8), MAX_ENCODED);
            case 2 -> in.pick(List.of("..%2Fsecret%2F_doc%2F1", "_search", "%2e%2e", "_all", "*", "fuzz-doc-1%2F_update"));
            default -> FuzzCorpus.id(in.nextInt(FuzzCorpus.SIZE + 2));
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
}
