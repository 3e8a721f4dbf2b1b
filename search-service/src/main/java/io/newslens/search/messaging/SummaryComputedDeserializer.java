package io.newslens.search.messaging;

import io.newslens.common.events.SummaryComputed;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** JSON value deserializer for topic {@code summaries}. */
public class SummaryComputedDeserializer extends ObjectMapperDeserializer<SummaryComputed> {
    public SummaryComputedDeserializer() {
        super(SummaryComputed.class);
    }
}
