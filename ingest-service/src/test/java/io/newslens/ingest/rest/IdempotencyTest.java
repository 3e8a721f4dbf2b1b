package io.newslens.ingest.rest;

import io.newslens.ingest.KafkaTestConsumer;
import io.newslens.ingest.TestPages;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class IdempotencyTest {

    @Test
    void repostReturnsSameIdAndOnlyOneEventIsPublished() {
        String seed = TestPages.seed(2);
        // charset explicit: REST Assured would otherwise send text/plain as ISO-8859-1 (lossy for this page)
        String id = given().contentType("text/plain; charset=UTF-8").body(seed)
                .when().post("/api/articles")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        given().when().get("/api/articles/" + id).then().log().ifValidationFails().statusCode(200);
        // The same page again, even with different line endings and trailing space: same clean text.
        given().contentType("text/plain; charset=UTF-8").body(seed.replace("\n", "\r\n") + "  \n")
                .when().post("/api/articles")
                .then().log().ifValidationFails().statusCode(200).body("id", equalTo(id)).body("status", equalTo("existing"));
        given().contentType(ContentType.JSON).body(Map.of("text", seed))
                .when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id));

        List<ConsumerRecord<String, String>> records =
                KafkaTestConsumer.recordsWithKey(id, Duration.ofSeconds(30), Duration.ofSeconds(4));
        assertEquals(1, records.size(), "exactly one ArticleParsed for the article");
        assertTrue(records.get(0).value().contains("\"id\":\"" + id + "\""));
        assertTrue(records.get(0).value().contains("\"schemaVersion\":1"));
    }

    @Test
    void sameExternalIdIsTheSameArticle() {
        String externalId = "ext-" + System.nanoTime();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", TestPages.uniqueArticle(), "externalId", externalId))
                .when().post("/api/articles")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", TestPages.uniqueArticle(), "externalId", externalId))
                .when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("existing"));
    }

    @Test
    void concurrentRepostsCreateOneArticleAndOneEvent() throws Exception {
        String page = TestPages.uniqueArticle();
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<io.restassured.response.Response>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> given().contentType("text/plain").body(page).when().post("/api/articles"));
            }
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (Future<io.restassured.response.Response> f : pool.invokeAll(calls)) {
                io.restassured.response.Response r = f.get();
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, "status " + r.statusCode() + " " + r.asString());
                created += r.statusCode() == 201 ? 1 : 0;
                ids.add(r.path("id"));
            }
            assertEquals(1, ids.size(), "one id for all concurrent posts");
            assertEquals(1, created, "exactly one 201");
            String id = ids.iterator().next();
            assertEquals(1, KafkaTestConsumer.recordsWithKey(id, Duration.ofSeconds(30), Duration.ofSeconds(3)).size());
        } finally {
            pool.shutdownNow();
        }
    }
}
