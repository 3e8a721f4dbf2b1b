package io.newslens.summary.it;

import io.newslens.common.events.ArticleParsed;
import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.summary.persistence.AnalysisFailureEntity;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An analyser exception: failure recorded, record dead-lettered, stream goes on, re-analysis recovers. */
@QuarkusTest
@TestProfile(FlakyAnalyserProfile.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "services", value = "kafka,postgres"))
class AnalyserFailureTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anAnalyserExceptionIsDeadLetteredAndTheArticleCanBeReanalysedLater() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String bad = "explodes-" + run;
        String good = "fine-" + run;
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.createTopics("articles", "summaries", "articles-summary-dlq");
            ArticleParsed poison = SeedCorpus.article(bad, 1, "This text makes the analyser EXPLODE. Really.", "P", null);
            kafka.sendJson("articles", bad, poison);
            kafka.sendJson("articles", good, SeedCorpus.article(good, 1, "A calm article. Nothing happens.", "P", null));

            SummaryPipelineTest.awaitSummary(good);
            await().atMost(SummaryPipelineTest.WAIT).until(() -> SummaryPipelineTest.tx(() -> AnalysisFailureEntity.count("articleId", bad)) == 1);
            AnalysisFailureEntity failure = SummaryPipelineTest.tx(() -> AnalysisFailureEntity.<AnalysisFailureEntity>find("articleId", bad).firstResult());
            assertTrue(failure.reason.contains("analyser flaky-test failed") && failure.reason.contains("exploded"), failure.reason);
            assertEquals(1L, failure.articleVersion);

            List<ConsumerRecord<String, String>> dlq = kafka.readUntil("articles-summary-dlq",
                    seen -> seen.stream().anyMatch(r -> bad.equals(r.key())), SummaryPipelineTest.WAIT);
            ConsumerRecord<String, String> dead = dlq.stream().filter(r -> bad.equals(r.key())).findFirst().orElseThrow();
            assertTrue(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8).contains("exploded"));
            given().get("/api/summaries/{id}", bad).then().statusCode(404);

            // the failed article is kept for re-analysis; while the analyser still fails it stays outdated
            given().get("/api/admin/reanalyse").then().statusCode(200).body("outdated", equalTo(1));
            given().post("/api/admin/reanalyse").then().statusCode(200).body("processed", equalTo(0))
                    .body("failures.size()", equalTo(1)).body("remaining", equalTo(1));
            assertEquals(2L, SummaryPipelineTest.tx(() -> AnalysisFailureEntity.count("articleId", bad)));

            // once the analyser works again, re-analysis recovers the article and publishes its summary
            FlakyAnalyser.HEALED.set(true);
            try {
                given().post("/api/admin/reanalyse").then().statusCode(200).body("processed", equalTo(1))
                        .body("remaining", equalTo(0));
            } finally {
                FlakyAnalyser.HEALED.set(false);
            }
            given().get("/api/summaries/{id}", bad).then().statusCode(200).body("analyser.name", equalTo(FlakyAnalyser.NAME))
                    .body("thesis.text", equalTo("This text makes the analyser EXPLODE."));
            kafka.readUntil("summaries", seen -> seen.stream().anyMatch(r -> bad.equals(r.key())), SummaryPipelineTest.WAIT);
        }
    }
}
