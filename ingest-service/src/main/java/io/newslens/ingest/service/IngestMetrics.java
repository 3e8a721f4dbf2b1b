package io.newslens.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counters of the ingest path (exposed on /q/metrics). */
@ApplicationScoped
public class IngestMetrics {

    private final Counter created;
    private final Counter existing;
    private final Counter nearDuplicates;
    private final Counter rejected;

    public IngestMetrics(MeterRegistry registry) {
        this.created = Counter.builder("newslens.ingest.articles")
                .description("Articles stored").tag("result", "created").register(registry);
        this.existing = Counter.builder("newslens.ingest.articles")
                .description("Articles stored").tag("result", "existing").register(registry);
        this.nearDuplicates = Counter.builder("newslens.ingest.near.duplicates")
                .description("Stored articles that are near-duplicates of an earlier one").register(registry);
        this.rejected = Counter.builder("newslens.ingest.rejected")
                .description("Submissions refused with a problem response").register(registry);
    }

    void created(boolean nearDuplicate) {
        created.increment();
        if (nearDuplicate) {
            nearDuplicates.increment();
        }
    }

    void existing() {
        existing.increment();
    }

    public void rejected() {
        rejected.increment();
    }
}
