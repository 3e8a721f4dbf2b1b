package io.newslens.ingest.config;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Span;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The event records live in {@code common} (no Quarkus there); register them here so Jackson can
 * (de)serialise them in a native image (outbox payloads, jsonb columns, REST responses).
 */
@RegisterForReflection(targets = {ArticleParsed.class, ArticleParsed.Author.class, ArticleParsed.Entity.class, Span.class})
public final class ReflectionConfig {

    private ReflectionConfig() {
    }
}
