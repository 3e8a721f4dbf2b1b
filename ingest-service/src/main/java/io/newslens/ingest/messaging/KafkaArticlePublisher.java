package io.newslens.ingest.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.events.ArticleParsed;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes outbox events with a plain Kafka producer (acks=all, idempotent), configured from the
 * {@code kafka.*} properties. A plain producer rather than a reactive-messaging emitter because the
 * relay needs a per-record broker acknowledgement before it marks a row sent.
 *
 * <p>The producer is created lazily, so the service starts (and accepts articles into the outbox)
 * while Kafka is down.
 */
@ApplicationScoped
public class KafkaArticlePublisher implements ArticlePublisher, AutoCloseable {

    private final Map<String, Object> config;
    private final ObjectMapper mapper;
    private volatile Producer<String, ArticleParsed> producer;

    @Inject
    public KafkaArticlePublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ObjectMapper mapper) {
        this.config = producerConfig(kafkaConfig);
        this.mapper = mapper;
    }

    /** For a publisher aimed at another cluster (used by tests to reach an unreachable broker). */
    public static KafkaArticlePublisher to(Map<String, Object> kafkaConfig, ObjectMapper mapper) {
        return new KafkaArticlePublisher(kafkaConfig, mapper);
    }

    static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig) {
        Map<String, Object> c = new HashMap<>();
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Fail fast when the broker is away: the row simply stays pending for the next round.
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        c.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-outbox-relay");
        // kafka.* from configuration (bootstrap servers, security) win over the defaults above.
        kafkaConfig.forEach((k, v) -> {
            if (ProducerConfig.configNames().contains(k)) {
                c.put(k, v);
            }
        });
        return c;
    }

    @Override
    public CompletableFuture<Void> send(String topic, String key, ArticleParsed event) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            producer().send(new ProducerRecord<>(topic, key, event), (metadata, error) -> {
                if (error != null) {
                    acked.completeExceptionally(error);
                } else {
                    acked.complete(null);
                }
            });
        } catch (RuntimeException e) { // e.g. metadata timeout when no broker answers
            acked.completeExceptionally(e);
        }
        return acked;
    }

    private Producer<String, ArticleParsed> producer() {
        Producer<String, ArticleParsed> p = producer;
        if (p == null) {
            synchronized (this) {
                p = producer;
                if (p == null) {
                    p = new KafkaProducer<>(config, new StringSerializer(), new ArticleParsedSerializer(mapper));
                    producer = p;
                }
            }
        }
        return p;
    }

    @PreDestroy
    @Override
    public void close() {
        Producer<String, ArticleParsed> p = producer;
        if (p != null) {
            p.close(java.time.Duration.ofSeconds(5));
        }
    }
}
