package io.newslens.summary.it;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.SummaryComputed;
import io.newslens.localstack.KafkaBroker;
import io.newslens.localstack.LocalStack;
import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.summary.persistence.AnalysisEntity;
import io.newslens.summary.persistence.AnalysisFailureEntity;
import io.newslens.summary.persistence.ClaimEntity;
import io.newslens.support.outbox.OutboxMessage;
import io.newslens.summary.persistence.StanceEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consuming side on real Kafka and PostgreSQL: seed articles in, summaries out (REST and the
 * {@code summaries} topic), idempotent redelivery, newer versions, poison records.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "services", value = "kafka,postgres"))
class SummaryPipelineTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static KafkaTestClient kafka;

    /** Injected by LocalStackTestResource: lets a test stop and restart the broker. */
    LocalStack stack;
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void clients() throws Exception {
        if (kafka == null) {
            kafka = new KafkaTestClient(bootstrap);
            kafka.createTopics("articles", "summaries", "articles-summary-dlq");
        }
    }

    @AfterAll
    static void close() {
        if (kafka != null) kafka.close();
        kafka = null;
    }

    @Test
    void seedArticlesAreSummarisedServedAndPublished() throws Exception {
        List<SeedCorpus.Seed> seeds = SeedCorpus.load("pipe-" + RUN + "-");
        assertEquals(5, seeds.size(), "seed corpus");
        for (SeedCorpus.Seed seed : seeds) kafka.sendJson("articles", seed.event().id(), seed.event());

        for (SeedCorpus.Seed seed : seeds) {
            ArticleParsed event = seed.event();
            JsonPath summary = awaitSummary(event.id());
            assertEquals(1, summary.getLong("articleVersion"));
            assertNotNull(summary.getString("analyser.name"));
            assertNotNull(summary.getString("analyser.version"));
            assertSpansPointIntoText(summary, event.text());
        }

        Set<String> ids = new HashSet<>(seeds.stream().map(s -> s.event().id()).toList());
        List<ConsumerRecord<String, String>> records = kafka.readUntil("summaries",
                seen -> seen.stream().map(ConsumerRecord::key).toList().containsAll(ids), WAIT);
        for (ConsumerRecord<String, String> record : records) {
            if (!ids.contains(record.key())) continue;
            SummaryComputed event = KafkaTestClient.JSON.readValue(record.value(), SummaryComputed.class);
            assertEquals(record.key(), event.articleId(), "keyed by article id");
            assertEquals(SummaryComputed.SCHEMA_VERSION, event.schemaVersion());
            assertEquals(1, event.articleVersion());
            assertNotNull(event.analyser());
            assertNotNull(event.computedAt());
        }
        await().atMost(WAIT).until(() -> tx(() -> OutboxMessage.count("messageKey in ?1 and sentAt is null", ids)) == 0);
    }

    @Test
    void redeliveryStoresNothingTwiceAndANewerVersionReplacesTheAnalysis() throws Exception {
        SeedCorpus.Seed seed = SeedCorpus.load("redeliver-" + RUN + "-").get(1);
        ArticleParsed v1 = seed.event();
        String id = v1.id();
        kafka.sendJson("articles", id, v1);
        JsonPath first = awaitSummary(id);
        int claims = first.getList("claims").size();
        int stances = first.getList("stances").size();
        String computedAt = first.getString("computedAt");

        // the same event twice more, then a marker on the same key: once the marker is analysed
        // the redeliveries (earlier on the same partition) have been consumed
        kafka.sendJson("articles", id, v1);
        kafka.sendJson("articles", id, v1);
        ArticleParsed v2 = new ArticleParsed(v1.schemaVersion(), id, 2, v1.sourceUrl(), "h2", v1.fingerprint(), null, v1.title(),
                v1.authors(), v1.publisher(), v1.section(), v1.publishedAt(), v1.language(), v1.documentType(),
                v1.text() + "\n\nThe editors added this closing sentence in a second version.", v1.paragraphs(),
                v1.entities(), false, Instant.now());
        kafka.sendJson("articles", id, v2);
        JsonPath second = awaitSummary(id, 2);

        assertEquals(1L, tx(() -> AnalysisEntity.count("articleId", id)));
        assertEquals(2L, tx(() -> OutboxMessage.count("messageKey", id)), "one SummaryComputed per analysed version");
        assertEquals((long) second.getList("claims").size(), tx(() -> ClaimEntity.count("articleId", id)));
        assertEquals((long) second.getList("stances").size(), tx(() -> StanceEntity.count("articleId", id)));
        assertTrue(second.getList("claims").size() >= claims - 1, "claims replaced, not appended or lost");
        assertTrue(second.getString("computedAt").compareTo(computedAt) > 0);
        assertSpansPointIntoText(second, v2.text());

        // an older version arriving late changes nothing
        kafka.sendJson("articles", id, v1);
        ArticleParsed marker = SeedCorpus.article("marker-" + RUN, 1, "A short marker article. It says little.", null, null);
        kafka.sendJson("articles", id, marker); // same key -> same partition, after the stale v1
        await().atMost(WAIT).until(() -> tx(() -> AnalysisEntity.count("articleId", marker.id())) == 1);
        assertEquals(2L, tx(() -> OutboxMessage.count("messageKey", id)));
        given().get("/api/summaries/{id}", id).then().statusCode(200).body("articleVersion", equalTo(2));
        assertTrue(stances >= 0);
    }

    @Test
    void poisonRecordsAreRecordedAndDeadLetteredAndTheStreamGoesOn() throws Exception {
        String badJson = "poison-json-" + RUN;
        String noText = "poison-notext-" + RUN;
        String good = "after-poison-" + RUN;
        kafka.send("articles", badJson, "{\"id\": \"" + badJson + "\", this is not json");
        kafka.send("articles", noText, "{\"schemaVersion\":1,\"id\":\"" + noText + "\",\"version\":1}");
        ArticleParsed valid = SeedCorpus.article(good, 1,
                "The council approved the plan on Monday. Critics said it may raise costs. The mayor will respond next week.",
                "Test Gazette", Instant.parse("2025-04-01T10:00:00Z"));
        kafka.sendJson("articles", good, valid);

        awaitSummary(good);
        await().atMost(WAIT).until(() -> tx(() -> AnalysisFailureEntity.count("articleId in ?1", List.of(badJson, noText))) == 2);
        AnalysisFailureEntity failure = tx(() -> AnalysisFailureEntity.<AnalysisFailureEntity>find("articleId", badJson).firstResult());
        assertTrue(failure.reason.contains("invalid ArticleParsed JSON"), failure.reason);
        assertTrue(failure.source.startsWith("articles-"), failure.source);
        AnalysisFailureEntity missing = tx(() -> AnalysisFailureEntity.<AnalysisFailureEntity>find("articleId", noText).firstResult());
        assertTrue(missing.reason.contains("has no text"), missing.reason);

        List<ConsumerRecord<String, String>> dlq = kafka.readUntil("articles-summary-dlq",
                seen -> seen.stream().map(ConsumerRecord::key).toList().containsAll(List.of(badJson, noText)), WAIT);
        ConsumerRecord<String, String> dead = dlq.stream().filter(r -> badJson.equals(r.key())).findFirst().orElseThrow();
        assertTrue(dead.value().contains("this is not json"), "original value kept");
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertNotNull(reason, "reason header");
        assertTrue(new String(reason.value(), StandardCharsets.UTF_8).contains("invalid ArticleParsed JSON"));
        given().get("/api/summaries/{id}", badJson).then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.containsString("invalid ArticleParsed JSON"));
    }

    @Test
    void aSummaryWrittenWhileTheBrokerWasUnreachableIsRelayedFromTheOutbox() throws Exception {
        // what a failed send leaves behind: an unsent outbox row; the relay must deliver it
        String id = "outbox-" + RUN;
        SummaryComputed event = new SummaryComputed(SummaryComputed.SCHEMA_VERSION, id, 7,
                new SummaryComputed.Analyser("test", "1"), List.of(), null, List.of(), List.of(), Instant.now());
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage row = new OutboxMessage();
            row.topic = "summaries";
            row.messageKey = id;
            row.payload = json(event);
            row.createdAt = Instant.now();
            row.attempts = 3;
            row.lastError = "broker down";
            row.persist();
        });
        List<ConsumerRecord<String, String>> records = kafka.readUntil("summaries",
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())), WAIT);
        SummaryComputed received = KafkaTestClient.JSON.readValue(
                records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value(), SummaryComputed.class);
        assertEquals(7, received.articleVersion());
        await().atMost(WAIT).until(() -> tx(() -> OutboxMessage.count("messageKey = ?1 and sentAt is not null", id)) == 1);
    }

    @Test
    void summariesComputedWhileKafkaIsDownGoOutWhenItIsBack() throws Exception {
        SeedCorpus.Seed seed = SeedCorpus.load("kafkadown-" + RUN + "-").get(3);
        String id = seed.event().id();
        kafka.sendJson("articles", id, seed.event());
        awaitSummary(id);
        await().atMost(WAIT).until(() -> tx(() -> OutboxMessage.count("messageKey = ?1 and sentAt is null", id)) == 0);

        KafkaBroker broker = stack.kafka().orElseThrow();
        broker.stop();
        try {
            // readiness reflects the broker
            await().atMost(WAIT).until(() -> given().get("/q/health/ready").statusCode() == 503);
            // a new analysis is stored while the broker is down: its event waits in the outbox
            tx(() -> AnalysisEntity.update("analyserVersion = 'obsolete' where articleId = ?1", id));
            given().post("/api/admin/reanalyse").then().statusCode(200).body("processed", equalTo(1));
            await().atMost(WAIT).until(() -> tx(() -> OutboxMessage.count(
                    "messageKey = ?1 and sentAt is null and attempts > 0", id)) == 1);
        } finally {
            broker.start(Duration.ofSeconds(120));
        }
        await().atMost(WAIT).until(() -> tx(() -> OutboxMessage.count("messageKey = ?1 and sentAt is null", id)) == 0);
        List<ConsumerRecord<String, String>> records = kafka.readUntil("summaries",
                seen -> seen.stream().filter(r -> id.equals(r.key())).count() >= 2, WAIT);
        assertEquals(2, records.stream().filter(r -> id.equals(r.key())).count(), "the first summary and the re-analysis");
        await().atMost(WAIT).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void healthAndMetrics() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String checks = given().get("/q/health/ready").then().extract().asString();
        assertTrue(checks.toLowerCase().contains("database"), checks);
        // summaries are sent by the outbox relay (service-support), not a channel: the consumer channel carries Kafka's state
        assertTrue(checks.contains("Reactive Messaging") && checks.contains("articles"), checks);
        // a starting instance is ready only once its consumer has joined the group (service-support)
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'Kafka consumers joined their groups' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Kafka consumers joined their groups' }.data.joined", equalTo(1));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("newslens_outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("newslens_outbox_sent_total"));
    }

    // ---- helpers ----

    static JsonPath awaitSummary(String id) {
        return awaitSummary(id, 1);
    }

    static JsonPath awaitSummary(String id, long version) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            var r = given().get("/api/summaries/{id}", id);
            return r.statusCode() == 200 && r.jsonPath().getLong("articleVersion") >= version;
        });
        return given().get("/api/summaries/{id}", id).then().statusCode(200).contentType(ContentType.JSON)
                .body("articleId", equalTo(id)).body("analyser", notNullValue()).extract().jsonPath();
    }

    static void assertSpansPointIntoText(JsonPath summary, String text) {
        for (Map<String, Object> s : summary.<Map<String, Object>>getList("summary")) assertSpan(s, text);
        if (summary.get("thesis") != null) {
            Map<String, Object> thesis = summary.getMap("thesis");
            assertEquals(thesis.get("text"), text.substring((Integer) thesis.get("start"), (Integer) thesis.get("end")));
        }
        for (Map<String, Object> c : summary.<Map<String, Object>>getList("claims")) assertSpan(c, text);
        for (Map<String, Object> st : summary.<Map<String, Object>>getList("stances")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) st.get("evidence");
            evidence.forEach(e -> assertSpan(e, text));
            assertFalse(((String) st.get("target")).isBlank());
        }
    }

    static void assertSpan(Map<String, Object> span, String text) {
        int start = (Integer) span.get("start");
        int end = (Integer) span.get("end");
        assertTrue(0 <= start && start <= end && end <= text.length(), span.toString());
        assertEquals(text.substring(start, end), span.get("text"));
    }

    static <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    static String json(Object value) {
        try {
            return KafkaTestClient.JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
