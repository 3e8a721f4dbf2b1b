package io.newslens.summary.rest;

import io.newslens.summary.config.SummaryConfig;
import io.newslens.support.http.BodyLimits;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** One limit for every body (POST /api/stance is the only one of any size); service-support's filter applies it. */
@ApplicationScoped
public class SummaryBodyLimits implements BodyLimits {

    private final SummaryConfig config;

    public SummaryBodyLimits(SummaryConfig config) {
        this.config = config;
    }

    @Override
    public Optional<Limit> limitFor(String method, String path) {
        return Optional.of(new Limit(config.limits().maxBodyBytes(), "newslens.summary.limits.max-body-bytes"));
    }
}
