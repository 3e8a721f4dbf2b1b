package io.newslens.support.outbox;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaOutboxSenderTest {

    @Test
    void onlyAFailureOfTheMessageItselfIsPermanent() {
        try (KafkaOutboxSender sender = KafkaOutboxSender.to(Map.of("bootstrap.servers", "127.0.0.1:1"))) {
            assertTrue(sender.isPermanent(new RecordTooLargeException("1.2 MB")));
            assertTrue(sender.isPermanent(new CompletionException(new RecordTooLargeException("1.2 MB"))));
            assertFalse(sender.isPermanent(new TimeoutException("metadata")));
            assertFalse(sender.isPermanent(new NotLeaderOrFollowerException("moved")));
            assertFalse(sender.isPermanent(new IllegalStateException("anything else waits")));
        }
    }

    @Test
    void configuredKafkaPropertiesWinOverTheDefaultsAndOthersAreDropped() {
        Map<String, Object> c = KafkaOutboxSender.producerConfig(
                Map.of("bootstrap.servers", "kafka:9092", "max.block.ms", 1500, "group.id", "not a producer key"), "x-outbox");
        assertEquals("kafka:9092", c.get("bootstrap.servers"));
        assertEquals(1500, c.get(ProducerConfig.MAX_BLOCK_MS_CONFIG));
        assertEquals("all", c.get(ProducerConfig.ACKS_CONFIG));
        assertEquals("x-outbox", c.get(ProducerConfig.CLIENT_ID_CONFIG));
        assertFalse(c.containsKey("group.id"));
    }
}
