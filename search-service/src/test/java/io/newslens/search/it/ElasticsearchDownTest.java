package io.newslens.search.it;

import io.newslens.common.events.Topics;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** With Elasticsearch unreachable: 503 + Retry-After, readiness DOWN, consumers keep retrying (no crash). */
@QuarkusTest
@TestProfile(ElasticsearchDownTest.NoElasticsearch.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "services", value = "kafka"))
class ElasticsearchDownTest {

    public static class NoElasticsearch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort(); // free now, nobody listens after close
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.elasticsearch.hosts", "127.0.0.1:" + port,
                    "newslens.search.embedding.enabled", "false");
        }
    }

    @Test
    void searchAnswers503WithRetryAfterAndReadinessIsDown() {
        String id = "down-" + TestEvents.uid();
        TestEvents.send(Topics.ARTICLES, id, TestEvents.simple(id, 1, "Waiting for Elasticsearch", "body"));
        given().queryParam("q", "anything").when().get("/api/search").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("status", equalTo(503));
        given().when().get("/api/articles/x").then().statusCode(503);
        given().when().get("/q/health/ready").then().statusCode(503);
        // bad parameters are still reported as such
        given().queryParam("size", 0).when().get("/api/search").then().statusCode(400);
        // the semantic switch is off on this instance
        given().queryParam("q", "x").queryParam("mode", "semantic").when().get("/api/search").then().statusCode(anyOf503or400());
    }

    static org.hamcrest.Matcher<Integer> anyOf503or400() {
        return org.hamcrest.Matchers.anyOf(equalTo(503), equalTo(400));
    }
}
