package io.newslens.e2e;

import io.newslens.localstack.LocalStack;
import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.SeedIngester;
import io.newslens.localstack.services.ServiceSpec;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole path on real services: the five seed pages go into ingest-service (packaged jar),
 * through Kafka to search-service (Elasticsearch) and summary-service (PostgreSQL), and each is
 * then found through search and has its summary.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedPipelineIT {

    /** A distinctive phrase from each seed's article body, to find it by full-text search. */
    private static final Map<String, String> PHRASES = Map.of(
            "000_3b692300ba32c6bc.txt", "\"genuine counterweight to NATO\"",
            "001_87d8ce08acdd72c8.txt", "\"integrated military-political structure\"",
            "002_2fa58913aa7a07e2.txt", "\"Vostochny Cosmodrome\"",
            "003_b71a3a2e540972d4.txt", "\"Shanghai Five\"",
            "004_af052f8c91021e20.txt", "\"city of Ufa\"");

    @TempDir
    static Path dataDir;
    static NewslensStack stack;
    static Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    static void startStack() throws Exception {
        Path repo = Path.of(System.getProperty("newslens.repo.dir", "..")).toAbsolutePath().normalize();
        stack = NewslensStack.start(LocalStack.builder(dataDir), repo, Map.of(), Map.of());
        ids.putAll(new SeedIngester(stack.url(ServiceSpec.INGEST), stack.url(ServiceSpec.SEARCH), stack.apiKey()).ingestFolder(seeds()));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    private static Path seeds() {
        return Path.of(System.getProperty("newslens.corpus.dir", "../testdata/corpus"), "seeds");
    }

    @Test
    @Order(1)
    void ingestStoresEachSeed() {
        assertEquals(5, ids.size());
        assertEquals(5, ids.values().stream().distinct().count(), "five different articles");
        ids.forEach((file, id) -> RestAssured.given().baseUri(stack.url(ServiceSpec.INGEST))
                .get("/api/articles/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("text", not(emptyOrNullString())));
    }

    @Test
    @Order(2)
    void eachSeedIsFoundThroughSearch() {
        ids.forEach((file, id) -> {
            String phrase = PHRASES.get(file);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    RestAssured.given().baseUri(stack.url(ServiceSpec.SEARCH))
                            .queryParam("q", phrase).queryParam("size", 20)
                            .get("/api/search")
                            .then().statusCode(200)
                            .body("hits.id", hasItem(id)));
        });
    }

    @Test
    @Order(3)
    void eachSeedHasItsSummary() {
        ids.forEach((file, id) -> await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Response r = RestAssured.given().baseUri(stack.url(ServiceSpec.SUMMARY)).get("/api/summaries/{id}", id);
            assertEquals(200, r.statusCode(), file + ": " + r.asString());
            List<?> summary = r.path("summary");
            assertTrue(summary != null && !summary.isEmpty(), file + " has summary sentences: " + r.asString());
            assertEquals(id, r.path("articleId"));
        }));
    }

    @Test
    @Order(4)
    void reingestingASeedIsIdempotent() throws Exception {
        Path first = Files.list(seeds()).sorted().findFirst().orElseThrow();
        String again = RestAssured.given().baseUri(stack.url(ServiceSpec.INGEST))
                .header(NewslensStack.API_KEY_HEADER, stack.apiKey())
                .contentType("text/plain; charset=utf-8").body(Files.readString(first))
                .post("/api/articles")
                .then().statusCode(200).extract().path("id");
        assertEquals(ids.get(first.getFileName().toString()), again);
    }
}
