package io.newslens.ingest.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.events.ArticleParsed;
import io.quarkus.kafka.client.serialization.ObjectMapperSerializer;

/** Explicit JSON serializer of the {@code articles} topic values. */
public class ArticleParsedSerializer extends ObjectMapperSerializer<ArticleParsed> {

    public ArticleParsedSerializer() {
        super();
    }

    public ArticleParsedSerializer(ObjectMapper mapper) {
        super(mapper);
    }
}
