package io.newslens.search.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sends poison events to {@code articles-dlq} / {@code summaries-dlq} with the original bytes and the
 * reason in headers (same header names as SmallRye's dead-letter-queue strategy), and waits for the
 * broker's acknowledgement before the batch's offsets are committed.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    @Inject
    @Channel("articles-dlq")
    MutinyEmitter<byte[]> articlesDlq;

    @Inject
    @Channel("summaries-dlq")
    MutinyEmitter<byte[]> summariesDlq;

    public void publish(List<DeadLetter> letters) {
        for (DeadLetter d : letters) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(REASON, bytes(d.reason()));
            if (d.cause() != null) {
                headers.add(CAUSE, bytes(d.cause()));
            }
            headers.add(TOPIC, bytes(d.topic()));
            headers.add(PARTITION, bytes(Integer.toString(d.partition())));
            headers.add(OFFSET, bytes(Long.toString(d.offset())));
            OutgoingKafkaRecordMetadata<String> meta = OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(d.key()).withHeaders(headers).build();
            Message<byte[]> msg = Message.of(d.value() == null ? new byte[0] : d.value()).addMetadata(meta);
            MutinyEmitter<byte[]> emitter = d.topic().startsWith("summaries") ? summariesDlq : articlesDlq;
            emitter.sendMessageAndAwait(msg);
            LOG.warnf("dead-lettered %s-%d@%d key=%s: %s", d.topic(), d.partition(), d.offset(), d.key(), d.reason());
        }
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }
}
