package io.newslens.search.embedding;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The embedding backlog in /q/health/ready. Always UP: articles without a vector are searchable by
 * keyword and only missing from kNN results, so a backlog is information, not unavailability.
 */
@Readiness
@ApplicationScoped
public class EmbeddingBacklogCheck implements HealthCheck {

    private final EmbeddingWorker worker;

    public EmbeddingBacklogCheck(EmbeddingWorker worker) {
        this.worker = worker;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("embeddings").up().withData("enabled", worker.enabled());
        if (!worker.enabled()) {
            return b.build();
        }
        b.withData("queued", worker.queued()).withData("scanning", worker.scanning());
        try {
            b.withData("articlesWithoutVector", worker.countPending());
        } catch (Exception e) {
            b.withData("articlesWithoutVector", "unknown: " + e.getMessage()); // Elasticsearch has its own check
        }
        if (worker.lastError() != null) {
            b.withData("lastError", worker.lastError());
        }
        return b.build();
    }
}
