package io.newslens.summary.it;

import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.security.testing.TestApiKey;
import io.newslens.summary.persistence.AnalysisEntity;
import io.newslens.support.outbox.OutboxMessage;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Re-analysis needs role admin: refused requests (401/403) re-analyse nothing and publish nothing. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "services", value = "kafka,postgres"))
class ApiSecurityTest {

    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void reanalyseNeedsTheAdminRoleAndARefusedCallChangesNothing() throws Exception {
        SeedCorpus.Seed seed = SeedCorpus.load("sec-" + UUID.randomUUID().toString().substring(0, 8) + "-").get(0);
        String id = seed.event().id();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.createTopics("articles", "summaries", "articles-summary-dlq");
            kafka.sendJson("articles", id, seed.event());
        }
        SummaryPipelineTest.awaitSummary(id);
        SummaryPipelineTest.tx(() -> AnalysisEntity.update("analyserVersion = 'obsolete' where articleId = ?1", id));
        long events = SummaryPipelineTest.tx(() -> OutboxMessage.count());

        TestApiKey.anonymous().post("/api/admin/reanalyse").then().statusCode(401).contentType(PROBLEM)
                .body("status", equalTo(401)).header("WWW-Authenticate", containsString("X-API-Key"));
        TestApiKey.withKey("wrong-key-0000000000").post("/api/admin/reanalyse").then().statusCode(401).contentType(PROBLEM);
        TestApiKey.withKey("test-key-reader-only-0001").post("/api/admin/reanalyse").then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403));
        TestApiKey.anonymous().get("/api/admin/reanalyse").then().statusCode(401).contentType(PROBLEM);

        assertEquals(List.of("obsolete"), SummaryPipelineTest.tx(() -> AnalysisEntity.<AnalysisEntity>list("articleId", id))
                .stream().map(a -> a.analyserVersion).toList(), "the analysis was not redone");
        assertEquals(events, SummaryPipelineTest.tx(() -> OutboxMessage.count()), "nothing published");

        given().post("/api/admin/reanalyse").then().statusCode(200).body("processed", greaterThanOrEqualTo(1));
        assertNotEquals("obsolete", SummaryPipelineTest.tx(() -> AnalysisEntity.<AnalysisEntity>list("articleId", id)).get(0).analyserVersion);
        TestApiKey.anonymous().get("/api/summaries/{id}", id).then().statusCode(200);
    }

    @Test
    void stanceIsAnOpenReadButRateLimitedPerClient() {
        String body = "{\"claim\": \"The treaty was signed\", \"text\": \"The ministers signed the treaty on Monday.\"}";
        // a key: limited per client; the test client is exempt
        int[] statuses = new int[3];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = TestApiKey.withKey("test-key-rate-limited-0001").contentType("application/json").body(body)
                    .post("/api/stance").statusCode();
        }
        assertEquals(429, statuses[2], "third request within the hour (limit 2 in tests): " + java.util.Arrays.toString(statuses));
        TestApiKey.withKey("test-key-rate-limited-0001").contentType("application/json").body(body).post("/api/stance")
                .then().statusCode(429).contentType(PROBLEM).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().contentType("application/json").body(body).post("/api/stance").then().statusCode(org.hamcrest.Matchers.not(429));
        // anonymous clients are limited per address (all of this test's anonymous calls come from 127.0.0.1)
        int[] anonymous = new int[3];
        for (int i = 0; i < anonymous.length; i++) {
            anonymous[i] = TestApiKey.anonymous().contentType("application/json").body(body).post("/api/stance").statusCode();
        }
        assertEquals(429, anonymous[2], java.util.Arrays.toString(anonymous));
        assertEquals(List.of(false, false), List.of(anonymous[0] == 429, anonymous[1] == 429), java.util.Arrays.toString(anonymous));
    }
}
