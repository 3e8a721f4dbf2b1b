package io.newslens.summary.messaging;

import io.newslens.common.events.SummaryComputed;
import io.quarkus.kafka.client.serialization.ObjectMapperSerializer;

/** JSON serializer of {@link SummaryComputed} for the {@code summaries} topic. */
public class SummaryComputedSerializer extends ObjectMapperSerializer<SummaryComputed> {
}
