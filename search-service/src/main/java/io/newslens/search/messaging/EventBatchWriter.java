package io.newslens.search.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newslens.search.config.SearchConfig;
import io.newslens.search.index.IndexManager;
import io.newslens.search.index.IndexResult;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Shared by both consumers: splits a polled batch into events and poison records, writes the events
 * with retry and back-off until Elasticsearch accepts them (the method only returns, and so the offsets
 * are only committed, once the batch is indexed or dead-lettered), and dead-letters what can never be
 * indexed.
 */
@ApplicationScoped
public class EventBatchWriter {

    private static final Logger LOG = Logger.getLogger(EventBatchWriter.class);

    /** Writes a batch of valid events into the alias. */
    @FunctionalInterface
    public interface BatchIndexer<E> {
        IndexResult index(List<E> events) throws IOException;
    }

    @FunctionalInterface
    private interface IndexCall {
        IndexResult run() throws IOException;
    }

    private final IndexManager indices;
    private final DeadLetterPublisher deadLetters;
    private final SearchConfig config;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private volatile boolean stopping;

    public EventBatchWriter(IndexManager indices, DeadLetterPublisher deadLetters, SearchConfig config,
                            ObjectMapper json, MeterRegistry metrics) {
        this.indices = indices;
        this.deadLetters = deadLetters;
        this.config = config;
        this.json = json;
        this.metrics = metrics;
    }

    void onStop(@Observes ShutdownEvent e) {
        stopping = true;
    }

    /**
     * @param idOf      the document id of an event
     * @param validate  null when the event can be indexed, else why not
     */
    public <E> IndexResult write(List<ConsumerRecord<String, E>> records, Function<E, String> idOf,
                                 Function<E, String> validate, BatchIndexer<E> indexer) {
        List<DeadLetter> dead = new ArrayList<>();
        List<ConsumerRecord<String, E>> valid = new ArrayList<>();
        for (ConsumerRecord<String, E> r : records) {
            if (r.value() == null) {
                String reason = header(r, DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON);
                if (reason == null) {
                    continue; // a tombstone: nothing to index
                }
                byte[] raw = rawValue(r);
                dead.add(new DeadLetter(r.topic(), r.partition(), r.offset(), r.key(), raw,
                        "invalid payload: " + reason,
                        header(r, DeserializationFailureHandler.DESERIALIZATION_FAILURE_CAUSE)));
                continue;
            }
            String invalid = validate.apply(r.value());
            if (invalid != null) {
                dead.add(letter(r, "invalid event: " + invalid, null));
            } else {
                valid.add(r);
            }
        }
        IndexResult result = IndexResult.NOTHING;
        if (!valid.isEmpty()) {
            List<E> events = valid.stream().map(ConsumerRecord::value).toList();
            result = withRetry(() -> indexer.index(events));
            for (ConsumerRecord<String, E> r : valid) {
                String reason = result.rejected().get(idOf.apply(r.value()));
                if (reason != null) {
                    dead.add(letter(r, "rejected by Elasticsearch: " + reason, "mapping"));
                }
            }
        }
        if (!dead.isEmpty()) {
            deadLetters.publish(dead);
        }
        String topic = records.isEmpty() ? "none" : records.get(0).topic();
        metrics.counter("newslens.search.events", "topic", topic, "outcome", "indexed").increment(result.written());
        metrics.counter("newslens.search.events", "topic", topic, "outcome", "stale").increment(result.stale());
        metrics.counter("newslens.search.events", "topic", topic, "outcome", "dead-lettered").increment(dead.size());
        return result;
    }

    private IndexResult withRetry(IndexCall call) {
        Duration backoff = config.indexing().initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                indices.ensureIndex();
                Timer.Sample sample = Timer.start(metrics);
                IndexResult r = call.run();
                sample.stop(metrics.timer("newslens.search.batch.write"));
                return r;
            } catch (IOException | RuntimeException e) {
                if (stopping) {
                    throw new IllegalStateException("shutting down before the batch was indexed", e);
                }
                metrics.counter("newslens.search.batch.retries").increment();
                LOG.warnf("indexing attempt %d failed (%s); retrying in %d ms", attempt, e.toString(),
                        backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted before the batch was indexed", ie);
                }
                backoff = backoff.multipliedBy(2);
                if (backoff.compareTo(config.indexing().maxBackoff()) > 0) {
                    backoff = config.indexing().maxBackoff();
                }
            }
        }
    }

    private <E> DeadLetter letter(ConsumerRecord<String, E> r, String reason, String cause) {
        byte[] raw;
        try {
            raw = json.writeValueAsBytes(r.value());
        } catch (IOException e) {
            raw = new byte[0];
        }
        return new DeadLetter(r.topic(), r.partition(), r.offset(), r.key(), raw, reason, cause);
    }

    private static byte[] rawValue(ConsumerRecord<?, ?> r) {
        Header h = r.headers().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_DATA);
        if (h == null) {
            h = r.headers().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_VALUE_DATA);
        }
        return h == null ? new byte[0] : h.value();
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
