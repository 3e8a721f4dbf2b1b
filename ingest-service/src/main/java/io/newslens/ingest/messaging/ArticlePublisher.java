package io.newslens.ingest.messaging;

import io.newslens.common.events.ArticleParsed;

import java.util.concurrent.CompletableFuture;

/** Sends one event to Kafka; the future completes when the broker has acknowledged it. */
public interface ArticlePublisher {

    CompletableFuture<Void> send(String topic, String key, ArticleParsed event);
}
