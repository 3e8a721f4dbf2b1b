package io.newslens.support.outbox;

import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Sends outbox messages with a plain Kafka producer (acks=all, idempotent), configured from the
 * {@code kafka.*} properties. A plain producer rather than a reactive-messaging emitter because the
 * relay needs a per-record acknowledgement, and the payload is already JSON (a String serialiser).
 *
 * <p>The producer is created on first use, so a service starts (and fills its outbox) while Kafka is down.
 */
@DefaultBean
@ApplicationScoped
@IfBuildProperty(name = "newslens.outbox.enabled", stringValue = "true")
public class KafkaOutboxSender implements OutboxSender, AutoCloseable {

    private final Map<String, Object> config;
    private volatile Producer<String, String> producer;

    @Inject
    public KafkaOutboxSender(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                             @ConfigProperty(name = "quarkus.application.name", defaultValue = "newslens") String application) {
        this.config = producerConfig(kafkaConfig, application + "-outbox");
    }

    /** A sender aimed at another cluster (tests use one aimed at a closed port). */
    public static KafkaOutboxSender to(Map<String, Object> kafkaConfig) {
        return new KafkaOutboxSender(kafkaConfig, "test");
    }

    static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig, String clientId) {
        Map<String, Object> c = new HashMap<>();
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Fail fast when the broker is away: the message simply stays pending for the next round.
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        c.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        // kafka.* from configuration (bootstrap servers, security) win over the defaults above.
        kafkaConfig.forEach((k, v) -> {
            if (ProducerConfig.configNames().contains(k)) {
                c.put(k, v);
            }
        });
        return c;
    }

    @Override
    public CompletableFuture<Void> send(String topic, String key, String payload) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            producer().send(new ProducerRecord<>(topic, key, payload), (metadata, error) -> {
                if (error != null) {
                    acked.completeExceptionally(error);
                } else {
                    acked.complete(null);
                }
            });
        } catch (RuntimeException e) { // e.g. a metadata timeout when no broker answers
            acked.completeExceptionally(e);
        }
        return acked;
    }

    @Override
    public boolean isPermanent(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                || t instanceof InvalidTopicException || t instanceof SerializationException;
    }

    private Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                p = producer;
                if (p == null) {
                    p = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
                    producer = p;
                }
            }
        }
        return p;
    }

    @PreDestroy
    @Override
    public void close() {
        Producer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }
}
