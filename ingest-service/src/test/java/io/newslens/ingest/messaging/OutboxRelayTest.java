package io.newslens.ingest.messaging;

import io.newslens.ingest.KafkaTestConsumer;
import io.newslens.ingest.TestPages;
import io.newslens.localstack.KafkaBroker;
import io.newslens.localstack.LocalStack;
import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.support.outbox.KafkaOutboxSender;
import io.newslens.support.outbox.OutboxMessage;
import io.newslens.support.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** service-support's outbox in ingest, against a real broker that is really unreachable: no mocks. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class OutboxRelayTest {

    /** Injected by the LocalStackTestResource. */
    LocalStack stack;

    @Inject
    OutboxRelay relay;

    private static OutboxMessage row(String articleId) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.<OutboxMessage>find("messageKey", articleId).singleResult());
    }

    /** POST never touches Kafka (only the outbox table), so it succeeds whether or not the broker is up. */
    private static String ingest() {
        return given().contentType("text/plain").body(TestPages.uniqueArticle())
                .when().post("/api/articles")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void articleIngestedWhileKafkaIsDownIsPublishedWhenItIsBack() {
        // Warm up while the broker is there, and let every pending event go out: a round stops at
        // the first failed send, oldest first, so a leftover row would hide our row's attempts.
        ingest();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("sentAt is null and deadAt is null")) == 0);
        KafkaBroker kafka = stack.kafka().orElseThrow();
        kafka.stop();
        String id;
        try {
            id = ingest();
            // The relay keeps trying and failing; the row stays pending with the reason.
            await().atMost(Duration.ofSeconds(30)).until(() -> row(id).attempts >= 1);
            OutboxMessage pending = row(id);
            assertNull(pending.sentAt);
            assertNotNull(pending.lastError);
        } finally {
            kafka.start(Duration.ofSeconds(90));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> row(id).sentAt != null);
        List<ConsumerRecord<String, String>> records =
                KafkaTestConsumer.recordsWithKey(id, Duration.ofSeconds(30), Duration.ofSeconds(2));
        assertEquals(1, records.size());
        assertTrue(records.get(0).value().contains(id));
    }

    @Test
    void failedRoundLeavesRowPendingAndALaterRoundPublishesIt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // nothing listens here once closed
        }
        relay.pause(true);
        try {
            String id = ingest();
            assertNull(row(id).sentAt);
            try (KafkaOutboxSender unreachable = KafkaOutboxSender.to(Map.of(
                    "bootstrap.servers", "127.0.0.1:" + closedPort, "max.block.ms", 1500))) {
                OutboxRelay.Round round = relay.relay(unreachable);
                assertEquals(0, round.sent());
                assertTrue(round.failed() >= 1);
                assertEquals(0, round.dead(), "a broker that is away dead-letters nothing");
                assertTrue(round.backlog() >= 1);
            }
            // Still pending. (It may not have been attempted: a round stops at the first send the
            // unreachable broker refuses, and older pending rows come first.)
            assertNull(row(id).sentAt);

            OutboxRelay.Round round = relay.relay();
            assertTrue(round.sent() >= 1);
            assertEquals(0, round.backlog());
            assertNotNull(row(id).sentAt);
            assertEquals(1, KafkaTestConsumer.recordsWithKey(id, Duration.ofSeconds(30), Duration.ofSeconds(2)).size());
        } finally {
            relay.pause(false);
        }
    }

    /**
     * A message the broker can never take (larger than the producer's max.request.size) is
     * dead-lettered in place with its reason, and the message behind it still goes out.
     */
    @Test
    void aMessageTheBrokerRefusesForGoodIsDeadLetteredAndDoesNotBlockTheOthers() {
        relay.pause(true);
        String poisonKey = UUID.randomUUID().toString();
        Long poisonId = QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage poison = new OutboxMessage();
            poison.topic = "articles";
            poison.messageKey = poisonKey;
            poison.payload = "{\"text\": \"" + "x".repeat(1_100_000) + "\"}";
            poison.createdAt = java.time.Instant.now();
            poison.persist();
            return poison.id;
        });
        try {
            String id = ingest(); // newer than the poison message
            OutboxRelay.Round round = relay.relay();
            assertEquals(1, round.dead());
            assertNotNull(row(id).sentAt, "the good event behind the poison message went out");
            OutboxMessage poison = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(poisonId));
            assertNull(poison.sentAt);
            assertNotNull(poison.deadAt);
            assertTrue(poison.lastError.contains("RecordTooLargeException"), poison.lastError);
            assertEquals(0, relay.relay().dead(), "a dead message is not tried again");
            assertEquals(0, KafkaTestConsumer.recordsWithKey(poisonKey, Duration.ofSeconds(5), Duration.ofSeconds(1)).size());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> OutboxMessage.deleteById(poisonId));
            relay.pause(false);
        }
    }
}
