package io.newslens.search.messaging;

import io.newslens.common.events.ArticleParsed;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** JSON value deserializer for topic {@code articles}. */
public class ArticleParsedDeserializer extends ObjectMapperDeserializer<ArticleParsed> {
    public ArticleParsedDeserializer() {
        super(ArticleParsed.class);
    }
}
