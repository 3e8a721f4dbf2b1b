package io.newslens.ingest.rest;

import io.newslens.ingest.persistence.Article;
import io.newslens.support.outbox.OutboxMessage;
import io.newslens.ingest.persistence.RawInput;
import io.newslens.localstack.test.FuzzTally;
import io.newslens.localstack.test.HostileInputs;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static io.newslens.localstack.test.HostileInputs.percentEncode;
import static io.newslens.localstack.test.HostileInputs.quote;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes every public endpoint of the ingest-service (the paths of its OpenAPI document) with a
 * bounded, seeded stream of hostile requests: no 5xx, every 4xx a problem document, nothing stored
 * by a refused request (row counts of article, raw_input and outbox — the outbox is what
 * reaches Kafka), service healthy afterwards. Replay with {@code -Dnewslens.fuzz.seed=N}.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class IngestFuzzTest {

    static final long DEFAULT_SEED = 6_2026_11_23L;
    static final int ROUNDS = 40;
    /** Longest encoded query value or path segment: request lines stay under quarkus.http.limits.max-initial-line-length. */
    static final int MAX_ENCODED = 1800;
    /** newslens.ingest.max-body-bytes in %test. */
    static final int BODY_LIMIT = 262_144;

    /** Every request of this test starts here: credentials (e.g. an X-API-Key header) go in this one place. */
    static RequestSpecification api() {
        return given().urlEncodingEnabled(false);
    }

    private final HostileInputs in = HostileInputs.fromSystemProperty(DEFAULT_SEED);
    private final FuzzTally tally = new FuzzTally("ingest-service", in.seed());
    private final List<String> storageViolations = new ArrayList<>();

    @Test
    void everyEndpointSurvivesHostileInput() {
        System.out.println("fuzz ingest-service seed=" + in.seed());
        List<String> ids = new ArrayList<>(List.of(created()));
        for (int round = 0; round < ROUNDS; round++) {
            postBody();
            postBody();
            postBody();
            postJson();
            postJson();
            postUrl();
            postBatch();
            list();
            getById("GET /api/articles/{id}", ids, "");
            getById("GET /api/articles/{id}/raw", ids, "/raw");
            reextract();
            otherMethod();
        }
        System.out.println(tally.summary());
        assertEquals("", tally.violationReport());
        assertEquals(List.of(), storageViolations, "seed " + in.seed());
        api().get("/q/health").then().statusCode(200);
        Set<String> unfuzzed = tally.unfuzzed(api().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths"));
        assertTrue(unfuzzed.isEmpty(), "endpoints missing from the fuzz test: " + unfuzzed);
    }

    /** A valid article is stored and readable: the GET fuzzing then has a real id to mutate. */
    private String created() {
        return api().contentType("text/plain; charset=utf-8").body(in.article().getBytes(StandardCharsets.UTF_8))
                .post("/api/articles").then().statusCode(201).extract().path("id");
    }

    private void postBody() {
        String type = in.pick(List.of("text/plain", "text/html", "application/xhtml+xml", "text/plain; charset=utf-8",
                "text/html; charset=windows-1252", "text/plain; charset=nonsense", "text/html; charset=\"utf-16\"",
                "text/plain; charset=", "application/octet-stream", "image/png", "text/csv", "multipart/form-data; boundary=x"));
        byte[] body = switch (in.nextInt(9)) {
            case 0 -> in.invalidUtf8();
            case 1 -> in.randomBytes(2000);
            case 2 -> in.huge(270_000).getBytes(StandardCharsets.UTF_8); // beyond the 256 KiB %test limit: 413
            case 3 -> in.deepHtml(500 + in.nextInt(5000)).getBytes(StandardCharsets.UTF_8);
            case 4 -> in.deepJson(2000).getBytes(StandardCharsets.UTF_8);
            case 5 -> in.oddString().getBytes(StandardCharsets.UTF_8);
            default -> in.mutate(in.article().getBytes(StandardCharsets.UTF_8));
        };
        String query = in.chance(0.5) ? "" : "?" + in.pick(List.of("sourceUrl", "publisher", "publishedAt", "externalId"))
                + "=" + percentEncode(in.chance(0.3) ? in.invalidUtf8() : in.oddString().getBytes(StandardCharsets.UTF_8), MAX_ENCODED);
        String description = type + " " + body.length + " bytes" + query;
        try {
            write("POST /api/articles", description, () -> api().contentType(type).body(body).post("/api/articles" + query));
        } catch (RuntimeException e) { // the server may hang up on a body it refuses by its Content-Length alone
            tally.recordClosed("POST /api/articles", description + " (" + e + ")", body.length > BODY_LIMIT);
        }
    }

    private void postJson() {
        String field = in.pick(List.of("html", "text"));
        String valid = "{" + quote(field) + ":" + quote(in.article()) + ",\"publisher\":" + quote(in.oddString().strip())
                + ",\"publishedAt\":" + quote(in.pick(List.of("2024-05-01", "2024-02-30", "yesterday", "-1", ""))) + "}";
        byte[] body = switch (in.nextInt(7)) {
            case 0 -> in.deepJson(1 + in.nextInt(5000)).getBytes(StandardCharsets.UTF_8);
            case 1 -> in.randomJson(4).getBytes(StandardCharsets.UTF_8);
            case 2 -> in.invalidUtf8();
            case 3 -> ("{\"text\":\"" + in.huge(10_000) + "\"," + "\"externalId\":" + quote(in.huge(600)) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            default -> in.mutate(valid.getBytes(StandardCharsets.UTF_8));
        };
        write("POST /api/articles", "application/json " + abbreviate(body),
                () -> api().contentType("application/json").body(body).post("/api/articles"));
    }

    /** URL submissions that must never be fetched: loopback/private/metadata in many spellings, other schemes. */
    private void postUrl() {
        String host = in.pick(List.of("127.0.0.1", "127.1", "2130706433", "0177.0.0.1", "0x7f000001", "[::1]",
                "[::ffff:127.0.0.1]", "[::ffff:a9fe:a9fe]", "169.254.169.254", "10.0.0.1", "192.168.0.1", "172.16.1.1",
                "[fd00:ec2::254]", "[fe80::1]", "0.0.0.0", "0", "100.64.0.1", "localhost.", "[::]", "224.0.0.1"));
        String scheme = in.pick(List.of("http", "https", "http", "file", "ftp", "gopher", "jar:http", "HTTP"));
        String url = scheme + "://" + host + in.pick(List.of("", ":8081", ":22", ":65536", ":-1")) + "/"
                + in.pick(List.of("", "latest/meta-data/", "api/articles", "%00", "..%2f..%2fetc/passwd", "a?b=c#d"));
        String value = in.chance(0.3) ? in.mutate(url) : url;
        String body = "{\"url\":" + quote(value) + (in.chance(0.3) ? ",\"text\":\"also text\"" : "") + "}";
        write("POST /api/articles", "url " + value,
                () -> api().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/articles"));
    }

    private void postBatch() {
        StringBuilder ndjson = new StringBuilder();
        int lines = 1 + in.nextInt(6);
        for (int i = 0; i < lines; i++) {
            String line = switch (in.nextInt(6)) {
                case 0 -> in.deepJson(1 + in.nextInt(3000));
                case 1 -> in.randomJson(3).replace('\n', ' ');
                case 2 -> "{\"url\":\"http://169.254.169.254/latest/meta-data/\"}";
                case 3 -> in.oddString().replace('\n', ' ');
                default -> in.mutate("{\"text\":" + quote(in.article()) + "}").replace('\n', ' ');
            };
            ndjson.append(line).append(in.chance(0.2) ? "\r\n" : "\n");
        }
        byte[] body = in.chance(0.15) ? in.invalidUtf8() : in.chance(0.1) ? new byte[0] : ndjson.toString().getBytes(StandardCharsets.UTF_8);
        String type = in.pick(List.of("application/x-ndjson", "application/x-ndjson", "application/json", "text/plain"));
        String accept = in.pick(List.of("application/x-ndjson", "application/json", "*/*", "image/png", "text/html;q=x"));
        write("POST /api/articles/batch", type + " accept " + accept + " " + abbreviate(body),
                () -> api().contentType(type).accept(accept).body(body).post("/api/articles/batch"));
    }

    private void list() {
        StringBuilder query = new StringBuilder();
        for (String name : List.of("page", "size")) {
            if (in.chance(0.7)) {
                String value = in.chance(0.5) ? in.pick(List.of("0", "1", "-1", "100", "101", "2147483647", "2147483648",
                        "1e3", "0x10", " 5 ", "", "99999999")) : in.oddString();
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(percentEncode(value.getBytes(StandardCharsets.UTF_8), MAX_ENCODED));
            }
        }
        String[] header = in.chance(0.33) ? in.header() : null;
        read("GET /api/articles", query + (header == null ? "" : " [" + header[0] + ": " + header[1] + "]"),
                () -> header == null ? api().get("/api/articles" + query) : api().header(header[0], header[1]).get("/api/articles" + query));
    }

    private void getById(String endpoint, List<String> ids, String suffix) {
        String id = switch (in.nextInt(5)) {
            case 0 -> percentEncode(in.invalidUtf8());
            case 1 -> percentEncode(in.mutate(ids.get(0)).getBytes(StandardCharsets.UTF_8));
            case 2 -> percentEncode(in.huge(1 + in.nextInt(1500)).getBytes(StandardCharsets.UTF_8), MAX_ENCODED);
            case 3 -> in.pick(List.of("..%2F..%2Fq%2Fhealth", "%2e%2e", "00000000-0000-0000-0000-000000000000", "null", "%20"));
            default -> ids.get(0);
        };
        read(endpoint, id, () -> api().get("/api/articles/" + id + suffix));
    }

    /**
     * Re-extraction with hostile paging: a clear answer, and no article or raw page added or lost (a re-extracted
     * article gets a new version and an outbox row, not a new row of its own).
     */
    private void reextract() {
        StringBuilder query = new StringBuilder();
        for (String name : List.of("limit", "after")) {
            if (in.chance(0.7)) {
                String value = in.chance(0.5) ? in.pick(List.of("0", "1", "-1", "2", "100000", "2147483648", "1e3", " 5 ", "",
                        "00000000-0000-0000-0000-000000000000", "zzzz")) : in.oddString();
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(percentEncode(value.getBytes(StandardCharsets.UTF_8), MAX_ENCODED));
            }
        }
        List<Long> before = counts();
        FuzzTally.Answer r = read("POST /api/admin/reextract", query.toString(), () -> api().post("/api/admin/reextract" + query));
        List<Long> after = counts();
        if (!before.subList(0, 2).equals(after.subList(0, 2))) {
            storageViolations.add("POST /api/admin/reextract <- " + query + ": HTTP " + r.status()
                    + " changed the counts (article, raw_input, outbox) " + before + " -> " + after);
        }
    }

    /** Methods the API does not offer: 405 (or 404) problems, nothing stored. */
    private void otherMethod() {
        String method = in.pick(List.of("PUT", "DELETE", "PATCH", "OPTIONS"));
        String path = in.pick(List.of("/api/articles", "/api/articles/batch", "/api/articles/x", "/api/nothing"));
        write(method + " (not offered)", method + " " + path, () -> api().contentType("text/plain")
                .body(in.article().getBytes(StandardCharsets.UTF_8)).request(method, path));
    }

    private FuzzTally.Answer read(String endpoint, String description, Supplier<Response> call) {
        return tally.send(endpoint, description, () -> {
            Response r = call.get();
            return new FuzzTally.Answer(r.statusCode(), r.contentType(), r.asString());
        });
    }

    /** Sends a write and checks that only a 201 answer (or a batch line with status 201) stored anything. */
    private void write(String endpoint, String description, Supplier<Response> call) {
        List<Long> before = counts();
        FuzzTally.Answer r = read(endpoint, description, call);
        String body = r.body();
        long created = r.status() == 201 ? 1 : 0;
        if (endpoint.endsWith("/batch") && r.status() == 200) {
            created = body.split("\"status\":201", -1).length - 1;
            if (body.matches("(?s).*\"status\":5\\d\\d.*")) {
                storageViolations.add(endpoint + " <- " + description + ": a batch line failed with a 5xx: " + body);
            }
        }
        List<Long> after = counts();
        for (int i = 0; i < before.size(); i++) {
            if (after.get(i) - before.get(i) != created) {
                storageViolations.add(endpoint + " <- " + description + ": HTTP " + r.status() + " expected +" + created
                        + " rows, counts (article, raw_input, outbox) " + before + " -> " + after);
                return;
            }
        }
    }

    private static List<Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(Article.count(), RawInput.count(), OutboxMessage.count()));
    }

    private static String abbreviate(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
        return body.length + " bytes " + s;
    }
}
