package io.newslens.summary.config;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types Jackson reads or writes outside REST signatures (Kafka payloads, the outbox, JSON columns),
 * registered for a native image.
 */
@RegisterForReflection(targets = {
        ArticleParsed.class, ArticleParsed.Author.class, ArticleParsed.Entity.class, Span.class,
        SummaryComputed.class, SummaryComputed.Analyser.class, SummaryComputed.Thesis.class,
        SummaryComputed.Stance.class, SummaryComputed.Claim.class})
public final class ReflectionConfig {
    private ReflectionConfig() {
    }
}
