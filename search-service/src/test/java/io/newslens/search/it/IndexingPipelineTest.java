package io.newslens.search.it;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.SummaryComputed;
import io.newslens.common.events.Topics;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newslens.search.domain.ArticleDocument;
import io.newslens.search.embedding.ArticleEmbeddingText;
import io.newslens.search.embedding.EmbeddingQueue;
import io.newslens.search.embedding.EmbeddingService;
import io.newslens.search.embedding.EmbeddingWorker;
import io.newslens.search.index.VectorWriter;
import jakarta.inject.Inject;
import io.newslens.localstack.ElasticsearchNode;
import io.newslens.localstack.LocalStack;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consumers on real Kafka and Elasticsearch: indexing, ordering, merging summaries, dead letters. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "services", value = "kafka,elasticsearch"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexingPipelineTest {

    /** Injected by the test resource: lets a test stop and restart Elasticsearch. */
    LocalStack stack;

    @Inject
    EmbeddingWorker embeddingWorker;
    @Inject
    EmbeddingQueue embeddingQueue;
    @Inject
    VectorWriter vectorWriter;
    @Inject
    EmbeddingService embeddings;
    @Inject
    ElasticsearchClient es;

    /** The stored document as Elasticsearch has it now (realtime get), vector fields included. */
    ArticleDocument stored(String id) throws Exception {
        return es.get(g -> g.index("articles").id(id), ArticleDocument.class).source();
    }

    void awaitVectorOf(String id, long version) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ArticleDocument d = stored(id);
            assertEquals(version, d.version);
            assertEquals(version, d.embeddingVersion, "vector of " + id);
            assertEquals(384, d.embedding.length);
        });
    }

    static List<String> semanticHits(String q) {
        return given().queryParam("q", q).queryParam("mode", "semantic").queryParam("size", 100).when()
                .get("/api/search").then().statusCode(200).extract().jsonPath().getList("hits.id");
    }

    @Test
    void articleIsSearchableByKeywordBeforeItsVectorExistsAndTheVectorComesLater() throws Exception {
        String id = "e-" + TestEvents.uid();
        String word = "quillfeather" + TestEvents.uid().substring(0, 5);
        String title = "Beekeepers in Provence harvest lavender honey " + word;
        embeddingWorker.pause();
        try {
            TestEvents.send(Topics.ARTICLES, id, TestEvents.simple(id, 1, title,
                    "Beekeepers moved their hives to the lavender fields.\n\nThe honey harvest was early this year."));
            awaitSearchable(word, id);
            ArticleDocument d = stored(id);
            assertEquals(null, d.embedding, "no vector while the embedding step is held back");
            assertEquals(null, d.embeddingVersion);
            assertTrue(embeddingWorker.queued() >= 1);
            assertTrue(!semanticHits(title).contains(id), "not among kNN results without a vector");
            given().when().get("/api/articles/" + id + "/similar").then().statusCode(200); // keyword neighbours only
            given().when().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'embeddings' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'embeddings' }.data.queued", greaterThanOrEqualTo(1));
        } finally {
            embeddingWorker.resume();
        }
        awaitVectorOf(id, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertTrue(semanticHits("lavender honey from bee hives").contains(id)));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("newslens_search_embedding_documents_total{outcome=\"embedded\"}"))
                .body(org.hamcrest.Matchers.containsString("newslens_search_embedding_queue "));
    }

    @Test
    void vectorOfAnOlderVersionNeverLandsOnANewerDocument() throws Exception {
        String id = "ev-" + TestEvents.uid();
        embeddingWorker.pause();
        try {
            TestEvents.sendTo0(Topics.ARTICLES, id, TestEvents.simple(id, 1, "Old headline about tax law", "Old body on taxes."));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().when().get("/api/articles/" + id).then().statusCode(200).body("version", equalTo(1)));
            // the embedding step reads version 1 and computes its vector ...
            List<VectorWriter.Snapshot> read = vectorWriter.needingVectors(List.of(id));
            assertEquals(1, read.size());
            assertEquals(1, read.get(0).version());
            float[] oldVector = embeddings.embed(ArticleEmbeddingText.of(read.get(0).doc(), 3, 1200)).orElseThrow();
            // ... meanwhile version 2 is indexed ...
            TestEvents.sendTo0(Topics.ARTICLES, id, TestEvents.simple(id, 2, "New headline about football",
                    "The match ended in a draw."));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(2L, stored(id).version));
            // ... so writing the version-1 vector conflicts and changes nothing
            VectorWriter.Outcome o = vectorWriter.write(read, java.util.Map.of(id, oldVector));
            assertEquals(List.of(id), o.conflicted());
            assertEquals(List.of(), o.written());
            ArticleDocument d = stored(id);
            assertEquals(2L, d.version);
            assertEquals(null, d.embedding);
            assertEquals(null, d.embeddingVersion);
        } finally {
            embeddingWorker.resume();
        }
        // the worker embeds version 2, from version 2's text
        awaitVectorOf(id, 2);
        ArticleDocument d = stored(id);
        float[] expected = embeddings.embed(ArticleEmbeddingText.of(d, 3, 1200)).orElseThrow();
        assertTrue(cosine(expected, d.embedding) > 0.999, "vector computed from version 2");
        // a newer version drops the vector of the older one at once; the step adds the new one later
        TestEvents.sendTo0(Topics.ARTICLES, id, TestEvents.simple(id, 3, "Third headline", "Third body."));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(3L, stored(id).version));
        ArticleDocument v3 = stored(id);
        assertTrue(v3.embeddingVersion == null || v3.embeddingVersion == 3L, "never version 2's vector on version 3");
        awaitVectorOf(id, 3);
    }

    @Test
    void afterARestartTheStepFindsArticlesWithoutVectorsInTheIndex() throws Exception {
        List<String> ids = List.of("er1-" + TestEvents.uid(), "er2-" + TestEvents.uid(), "er3-" + TestEvents.uid());
        embeddingWorker.pause();
        try {
            for (String id : ids) {
                TestEvents.send(Topics.ARTICLES, id, TestEvents.simple(id, 1, "Restart catch-up " + id, "Body of " + id));
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (String id : ids) {
                    given().when().get("/api/articles/" + id).then().statusCode(200);
                }
            });
            embeddingQueue.clear(); // what a restart loses: the in-memory queue
            assertEquals(0, embeddingWorker.queued());
            for (String id : ids) {
                assertEquals(null, stored(id).embeddingVersion);
            }
            embeddingWorker.requestScan(); // what start-up does
        } finally {
            embeddingWorker.resume();
        }
        for (String id : ids) {
            awaitVectorOf(id, 1);
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    static void awaitSearchable(String q, String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().queryParam("q", q).when().get("/api/search").then().statusCode(200)
                        .body("hits.id", hasItem(id)));
    }

    @Test
    void producedArticleBecomesSearchable() {
        String id = "a-" + TestEvents.uid();
        String word = "zorblax" + TestEvents.uid().substring(0, 5);
        TestEvents.send(Topics.ARTICLES, id, TestEvents.article(id, 1, "Summit of " + word + " leaders",
                "The " + word + " summit opened in Astana.\n\nLeaders discussed trade and security.",
                "Daily Planet", List.of("Lois Lane"), "en", Instant.parse("2024-07-04T08:00:00Z"), List.of()));
        awaitSearchable(word, id);

        given().queryParam("q", word).when().get("/api/search").then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].title", equalTo("Summit of " + word + " leaders"))
                .body("hits[0].publisher", equalTo("Daily Planet"))
                .body("hits[0].authors", hasItem("Lois Lane"))
                .body("hits[0].publishedAt", equalTo("2024-07-04T08:00:00Z"))
                .body("hits[0].highlights.text[0].fragment", org.hamcrest.Matchers.containsString("<mark>" + word + "</mark>"))
                .body("hits[0].highlights.text[0].matches[0].start", equalTo(4));

        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(1)).body("publisher", equalTo("Daily Planet"));
        given().when().get("/api/articles/nope-" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void staleVersionNeverOverwritesNewer() {
        String id = "v-" + TestEvents.uid();
        String marker = "m-" + TestEvents.uid();
        TestEvents.sendTo0(Topics.ARTICLES, id, TestEvents.simple(id, 2, "Version two headline", "Body two"));
        TestEvents.sendTo0(Topics.ARTICLES, id, TestEvents.simple(id, 1, "Version one headline", "Body one"));
        // a later record on the same partition: once it is searchable the stale one was consumed too
        TestEvents.sendTo0(Topics.ARTICLES, marker, TestEvents.simple(marker, 1, "Marker " + marker, "marker body"));
        awaitSearchable(marker, marker);
        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("title", equalTo("Version two headline"));

        // the same version again (a redelivery) changes nothing; a newer one replaces it
        TestEvents.sendTo0(Topics.ARTICLES, id, TestEvents.simple(id, 3, "Version three headline", "Body three"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/api/articles/" + id).then().body("version", equalTo(3)));
    }

    @Test
    void summaryMergesWhicheverArrivesFirst() {
        String first = "s1-" + TestEvents.uid();
        String second = "s2-" + TestEvents.uid();
        Instant now = Instant.now();
        // summary before its article
        TestEvents.send(Topics.SUMMARIES, first, TestEvents.summary(first, 1, now, "Alliances shift east",
                List.of(new SummaryComputed.Stance("NATO", "organization", "against", 0.9, List.of())),
                List.of("causal")));
        TestEvents.send(Topics.ARTICLES, second, TestEvents.simple(second, 1, "Second merge " + second, "Body"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/api/articles/" + second).then().statusCode(200));
        TestEvents.send(Topics.SUMMARIES, second, TestEvents.summary(second, 1, now, "Trade routes matter",
                List.of(new SummaryComputed.Stance("NATO", "organization", "against", 0.8, List.of())),
                List.of("statistical")));
        // the placeholder of a summary-only doc is not searchable
        given().queryParam("stanceTarget", "nato").queryParam("stanceLabel", "against").when().get("/api/search")
                .then().statusCode(200);
        TestEvents.send(Topics.ARTICLES, first, TestEvents.simple(first, 1, "First merge " + first, "Body"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().queryParam("stanceTarget", "NATO").queryParam("stanceLabel", "against").queryParam("size", 100)
                    .when().get("/api/search").then().statusCode(200)
                    .body("hits.id", hasItem(first)).body("hits.id", hasItem(second));
            given().when().get("/api/articles/" + first).then().statusCode(200)
                    .body("title", equalTo("First merge " + first))
                    .body("summary.thesis.text", equalTo("Alliances shift east"))
                    .body("summary.claimTypes", hasItem("causal"));
        });
        given().queryParam("claimType", "statistical").queryParam("size", 100).when().get("/api/search").then()
                .statusCode(200).body("hits.id", hasItem(second));
        // the article update keeps the summary half
        TestEvents.send(Topics.ARTICLES, second, TestEvents.simple(second, 2, "Second merge v2 " + second, "Body"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/api/articles/" + second).then().body("version", equalTo(2))
                        .body("summary.thesis.text", equalTo("Trade routes matter")));
    }

    @Test
    void poisonRecordsGoToDeadLetterTopicAndTheStreamGoesOn() {
        String bad = "bad-" + TestEvents.uid();
        String noId = "noid-" + TestEvents.uid();
        String good = "good-" + TestEvents.uid();
        TestEvents.sendRaw(Topics.ARTICLES, 0, bad, "{this is not json");
        TestEvents.sendRaw(Topics.ARTICLES, 0, noId, "{\"schemaVersion\":1,\"version\":1,\"title\":\"no id\"}");
        TestEvents.sendTo0(Topics.ARTICLES, good, TestEvents.simple(good, 1, "After poison " + good, "fine body"));
        awaitSearchable(good, good);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dlq = TestEvents.readAll(Topics.ARTICLES_DLQ, Duration.ofSeconds(3));
            ConsumerRecord<String, String> b = dlq.stream().filter(r -> bad.equals(r.key())).findFirst().orElseThrow();
            assertEquals("{this is not json", b.value());
            String reason = new String(b.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
            assertTrue(reason.startsWith("invalid payload"), reason);
            ConsumerRecord<String, String> n = dlq.stream().filter(r -> noId.equals(r.key())).findFirst().orElseThrow();
            assertTrue(new String(n.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                    .contains("missing id"));
        });
        // the summaries channel dead-letters the same way
        String badSummary = "badsum-" + TestEvents.uid();
        TestEvents.sendRaw(Topics.SUMMARIES, null, badSummary, "[1,2,3]");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ConsumerRecord<String, String> r = TestEvents.readAll(Topics.SUMMARIES_DLQ, Duration.ofSeconds(3)).stream()
                    .filter(x -> badSummary.equals(x.key())).findFirst().orElseThrow();
            assertEquals("[1,2,3]", r.value());
            assertEquals(Topics.SUMMARIES,
                    new String(r.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8));
        });
    }

    @Test
    void documentElasticsearchRejectsGoesToDeadLetterTopic() {
        String rejected = "rej-" + TestEvents.uid();
        String good = "good2-" + TestEvents.uid();
        // a 40,000-character keyword term is over Lucene's limit: Elasticsearch can never index this document
        ArticleParsed a = TestEvents.simple(rejected, 1, "Immense fingerprint", "body");
        ArticleParsed huge = new ArticleParsed(1, a.id(), 1, null, null, "x".repeat(40_000), null, a.title(),
                a.authors(), a.publisher(), null, a.publishedAt(), "en", "news", a.text(), a.paragraphs(),
                a.entities(), false, a.ingestedAt());
        TestEvents.sendTo0(Topics.ARTICLES, rejected, huge);
        TestEvents.sendTo0(Topics.ARTICLES, good, TestEvents.simple(good, 1, "After rejection " + good, "fine"));
        awaitSearchable(good, good);
        given().when().get("/api/articles/" + rejected).then().statusCode(404);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ConsumerRecord<String, String> r = TestEvents.readAll(Topics.ARTICLES_DLQ, Duration.ofSeconds(3)).stream()
                    .filter(x -> rejected.equals(x.key())).findFirst().orElseThrow();
            String reason = new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
            assertTrue(reason.startsWith("rejected by Elasticsearch"), reason);
            assertTrue(r.value().contains(rejected));
        });
    }

    @Test
    void metricsAndOpenApiAreServed() {
        String id = "metric-" + TestEvents.uid();
        TestEvents.send(Topics.ARTICLES, id, TestEvents.simple(id, 1, "Metric " + id, "body"));
        awaitSearchable(id, id);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("newslens_search_events_total{outcome=\"indexed\",topic=\"articles\"}"));
        given().when().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/search"));
    }

    @Test
    void readinessReportsElasticsearchAndKafka() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200)
                        .body("checks.name", hasItem("Elasticsearch cluster health check"))
                        .body("checks.size()", greaterThanOrEqualTo(2))
                        // both consumers (articles, summaries) have joined the group
                        .body("checks.find { it.name == 'Kafka consumers joined their groups' }.data.joined", equalTo(2)));
    }

    /** Last: Elasticsearch goes away and comes back; the consumer retries and nothing is lost. */
    @Test
    @Order(Integer.MAX_VALUE)
    void elasticsearchOutageLosesNothing() {
        ElasticsearchNode es = stack.elasticsearch().orElseThrow();
        String id = "outage-" + TestEvents.uid();
        es.stop();
        try {
            TestEvents.send(Topics.ARTICLES, id, TestEvents.simple(id, 1, "Written during outage " + id, "body"));
            given().queryParam("q", id).when().get("/api/search").then().statusCode(503)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .contentType("application/problem+json");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503));
        } finally {
            es.start(Duration.ofMinutes(3));
        }
        long t0 = System.nanoTime();
        awaitSearchableWithin(id, Duration.ofMinutes(2));
        System.out.printf("[search-test] article produced during an Elasticsearch outage searchable %.1f s after restart%n",
                (System.nanoTime() - t0) / 1e9);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
    }

    static void awaitSearchableWithin(String id, Duration max) {
        await().atMost(max).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().queryParam("q", id).when().get("/api/search").then().statusCode(200)
                        .body("hits.id", hasItem(id)));
    }
}
