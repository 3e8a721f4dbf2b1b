package io.newslens.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Writes an event to the outbox inside the caller's transaction, so it is stored if and only if the
 * state it announces is; {@link OutboxRelay} sends it later.
 */
@ApplicationScoped
@IfBuildProperty(name = "newslens.outbox.enabled", stringValue = "true")
public class OutboxWriter {

    private final ObjectMapper mapper;

    public OutboxWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Serialises {@code event} to JSON now (the bytes the topic will carry) and stores it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(String topic, String key, Object event) {
        OutboxMessage message = new OutboxMessage();
        message.topic = topic;
        message.messageKey = key;
        try {
            message.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise outbox event " + event.getClass().getSimpleName(), e);
        }
        message.createdAt = Instant.now();
        message.persist();
        return message;
    }
}
