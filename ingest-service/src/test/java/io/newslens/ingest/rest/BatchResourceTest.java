package io.newslens.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.ingest.TestPages;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class BatchResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String line(Map<String, String> request) throws Exception {
        return JSON.writeValueAsString(request);
    }

    @Test
    void partialSuccessIsReportedPerLine() throws Exception {
        String first = TestPages.uniqueArticle();
        String second = TestPages.uniqueArticle().replace("\n\n", "</p><p>");
        String ndjson = line(Map.of("text", first, "externalId", "batch-" + first.hashCode())) + "\n"
                + "{\"text\": \"broken json\n"
                + "\n" // blank lines are skipped
                + line(Map.of("text", "   ")) + "\n"
                + line(Map.of("html", "<html><body><article><p>" + second + "</p></article></body></html>",
                        "publisher", "Batch Gazette")) + "\n"
                + line(Map.of("text", first)) + "\n"
                + line(Map.of("url", "http://127.0.0.1:9/never")); // no final newline

        Response response = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(200).contentType(containsString("application/x-ndjson"))
                .extract().response();
        List<String> lines = response.asString().lines().toList();
        assertEquals(6, lines.size(), response.asString());
        List<Map<?, ?>> results = lines.stream().map(BatchResourceTest::parse).toList();

        assertEquals(1, results.get(0).get("line"));
        assertEquals(201, results.get(0).get("status"));
        String firstId = (String) results.get(0).get("id");
        assertEquals(400, results.get(1).get("status"));
        assertEquals(2, results.get(1).get("line"));
        assertEquals(400, results.get(2).get("status"));
        assertEquals(4, results.get(2).get("line"));
        assertEquals(201, results.get(3).get("status"));
        assertEquals(200, results.get(4).get("status"));
        assertEquals(firstId, results.get(4).get("id"));
        assertEquals(400, results.get(5).get("status"));
        assertEquals(((Map<?, ?>) results.get(5).get("problem")).get("type"), "https://newslens.io/problems/url-not-allowed");

        given().when().get("/api/articles/" + firstId).then().statusCode(200)
                .body("externalId", equalTo("batch-" + first.hashCode()));
        given().when().get("/api/articles/" + results.get(3).get("id")).then().statusCode(200)
                .body("publisher", equalTo("Batch Gazette"));
    }

    @Test
    void jsonArrayWhenAskedFor() throws Exception {
        String ndjson = line(Map.of("text", TestPages.uniqueArticle())) + "\n" + "not json\n";
        given().contentType("application/x-ndjson").accept("application/json").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(200).contentType(containsString("application/json"))
                .body("$", hasSize(2))
                .body("[0].status", equalTo(201)).body("[0].id", notNullValue()).body("[0].problem", nullValue())
                .body("[1].status", equalTo(400)).body("[1].problem.type", endsWith("/malformed-json"));
    }

    /** 100 distinct articles in one batch: all stored; prints the rate as a rough figure (not asserted). */
    @Test
    void hundredArticleBatch() throws Exception {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            ndjson.append(line(Map.of("text", TestPages.uniqueArticle()))).append('\n');
        }
        long start = System.nanoTime();
        String body = given().contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(200).extract().asString();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Map<?, ?>> results = body.lines().map(BatchResourceTest::parse).toList();
        assertEquals(100, results.size());
        results.forEach(r -> assertEquals(201, r.get("status"), r.toString()));
        System.out.printf("batch of 100 articles (%d KiB) ingested in %.2f s = %.0f articles/s%n",
                ndjson.length() / 1024, seconds, 100 / seconds);
    }

    @Test
    void emptyBatchIs400() {
        given().contentType("application/x-ndjson").body("\n\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/batch")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static Map<?, ?> parse(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }
}
