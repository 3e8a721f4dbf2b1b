package io.newslens.ingest.rest;

import io.newslens.ingest.TestPages;
import io.newslens.ingest.persistence.Article;
import io.newslens.support.outbox.OutboxMessage;
import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.security.testing.TestApiKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes need a key with role writer; refused requests store nothing; writes are rate-limited per client. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class ApiSecurityTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anonymousOrWrongKeyWritesAreRefusedWith401AndStoreNothing() {
        long articles = count();
        String externalId = "sec-" + System.nanoTime();
        Map<String, String> body = Map.of("text", TestPages.uniqueArticle(), "externalId", externalId);

        TestApiKey.anonymous().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(401).contentType(PROBLEM).body("status", equalTo(401))
                .header("WWW-Authenticate", containsString("X-API-Key"));
        TestApiKey.withKey("not-a-key-of-this-service").contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(401).contentType(PROBLEM).body("title", equalTo("Unauthorized"));
        TestApiKey.anonymous().contentType("text/plain; charset=UTF-8").body(TestPages.uniqueArticle()).post("/api/articles")
                .then().statusCode(401).contentType(PROBLEM);
        TestApiKey.withKey("").contentType(BatchResource.NDJSON).body(("{\"text\":\"" + "x".repeat(50) + "\"}\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/batch").then().statusCode(401).contentType(PROBLEM);

        assertEquals(articles, count(), "no article stored by a refused request");
        assertEquals(0, countWhere("externalId", externalId));
        // the same submission with the test key is new: 201, not 200 "existing"
        given().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(201).body("status", equalTo("created"));
        assertEquals(1, countWhere("externalId", externalId));
    }

    @Test
    void aReaderKeyMayReadButNotWrite() {
        long articles = count();
        long events = outboxEvents();
        TestApiKey.withKey("test-key-reader-only-0001").contentType("text/plain; charset=UTF-8")
                .body(TestPages.uniqueArticle()).post("/api/articles")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        TestApiKey.withKey("test-key-reader-only-0001").contentType(BatchResource.NDJSON)
                .body(("{\"text\":\"" + "y".repeat(50) + "\"}\n").getBytes(StandardCharsets.UTF_8)).post("/api/articles/batch")
                .then().statusCode(403).contentType(PROBLEM);
        assertEquals(articles, count());
        assertEquals(events, outboxEvents(), "no event queued either");
        TestApiKey.withKey("test-key-reader-only-0001").get("/api/articles").then().statusCode(200);
    }

    @Test
    void readsHealthAndOpenApiAreOpenByDefault() {
        TestApiKey.anonymous().get("/api/articles").then().statusCode(200);
        TestApiKey.anonymous().get("/q/health/live").then().statusCode(200);
        TestApiKey.anonymous().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.apiKey.in", equalTo("header"))
                .body("paths.'/api/articles/batch'.post.security[0]", hasKey("apiKey"))
                .body("paths.'/api/articles/batch'.post.responses", hasKey("401"));
    }

    @Test
    void writesAreRateLimitedPerClientWith429AndRetryAfter() {
        // test-limited: 2 requests per hour (test profile); the default test client is exempt
        for (int i = 0; i < 2; i++) {
            TestApiKey.withKey("test-key-rate-limited-0001").contentType("text/plain; charset=UTF-8")
                    .body(TestPages.uniqueArticle()).post("/api/articles").then().statusCode(201);
        }
        long articles = count();
        String externalId = "limited-" + System.nanoTime();
        Response refused = TestApiKey.withKey("test-key-rate-limited-0001").contentType(ContentType.JSON)
                .body(Map.of("text", TestPages.uniqueArticle(), "externalId", externalId)).post("/api/articles");
        refused.then().statusCode(429).contentType(PROBLEM).body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter + " s within the period");
        assertEquals(articles, count(), "the refused request stored nothing");
        assertEquals(0, countWhere("externalId", externalId));
        // other clients are not affected
        given().contentType(ContentType.JSON).body(Map.of("text", TestPages.uniqueArticle(), "externalId", externalId))
                .post("/api/articles").then().statusCode(201);
    }

    private static long outboxEvents() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count());
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Article.count());
    }

    private static long countWhere(String field, String value) {
        return QuarkusTransaction.requiringNew().call(() -> Article.count(field, value));
    }
}
