package io.newslens.ingest.rest;

import io.newslens.ingest.config.IngestConfig;
import io.newslens.support.http.BodyLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;

import java.util.Optional;

/** POST bodies: a batch may be larger than a single article (service-support's filter applies them). */
@ApplicationScoped
public class IngestBodyLimits implements BodyLimits {

    private final IngestConfig config;

    public IngestBodyLimits(IngestConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Limit> limitFor(String method, String path) {
        if (!HttpMethod.POST.equals(method)) {
            return Optional.empty();
        }
        return Optional.of(path.endsWith("/batch")
                ? new Limit(config.batch().maxBodyBytes(), "newslens.ingest.batch.max-body-bytes")
                : new Limit(config.maxBodyBytes(), "newslens.ingest.max-body-bytes"));
    }
}
