package io.newslens.search.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Builds real events and produces them to the real topics. */
public final class TestEvents {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put("bootstrap.servers", bootstrap());
            p.put("key.serializer", StringSerializer.class.getName());
            p.put("value.serializer", StringSerializer.class.getName());
            p.put("linger.ms", "5");
            p.put("batch.size", "1000000");
            p.put("max.request.size", "10000000");
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    public static ArticleParsed article(String id, long version, String title, String text, String publisher,
                                        List<String> authors, String language, Instant publishedAt,
                                        List<ArticleParsed.Entity> entities) {
        List<Span> paragraphs = paragraphs(text);
        return new ArticleParsed(1, id, version, "https://example.org/" + id, "h-" + id, null, null, title,
                authors.stream().map(a -> new ArticleParsed.Author(a, null)).toList(), publisher, "world",
                publishedAt, language, "news", text, paragraphs, entities, false, Instant.now());
    }

    public static ArticleParsed simple(String id, long version, String title, String text) {
        return article(id, version, title, text, "Test Publisher", List.of("Test Author"), "en",
                Instant.parse("2024-01-15T10:00:00Z"), List.of());
    }

    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                out.add(new Span(start, end));
            }
            start = end + 2;
        }
        return out;
    }

    public static SummaryComputed summary(String articleId, long articleVersion, Instant computedAt, String thesis,
                                          List<SummaryComputed.Stance> stances, List<String> claimTypes) {
        List<SummaryComputed.Claim> claims = claimTypes.stream()
                .map(t -> new SummaryComputed.Claim("claim " + t, 0, 5, t, false, null, null, List.of(), 0.5)).toList();
        return new SummaryComputed(1, articleId, articleVersion, new SummaryComputed.Analyser("test", "1"), List.of(),
                new SummaryComputed.Thesis(thesis, 0, thesis.length()), stances, claims, computedAt);
    }

    public static void send(String topic, String key, Object event) {
        sendRaw(topic, null, key, json(event));
    }

    /** Partition 0 explicitly where a test relies on order between records. */
    public static void sendTo0(String topic, String key, Object event) {
        sendRaw(topic, 0, key, json(event));
    }

    public static void sendRaw(String topic, Integer partition, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, partition, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String uid() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Everything on a topic from the beginning (a fresh consumer group). */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Duration wait) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap());
        p.put("group.id", "test-" + uid());
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            c.subscribe(List.of(topic));
            long end = System.currentTimeMillis() + wait.toMillis();
            while (System.currentTimeMillis() < end) {
                c.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    public static Map<String, Object> stanceOf(String target, String label) {
        return Map.of("target", target, "label", label);
    }
}
