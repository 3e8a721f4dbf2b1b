package io.newslens.search.fuzz;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Limits small enough to reach with the 24-document fuzz corpus; shared by the fuzz and limits tests
 * (one application start for both).
 */
public class SmallLimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newslens.search.limits.max-export-hits", "20",
                "newslens.search.limits.max-result-window", "200",
                "newslens.search.limits.max-similar", "20",
                "newslens.search.limits.max-suggestions", "10",
                "newslens.search.limits.max-prefix-length", "50",
                // no embedding model here: its native tokenizer library can be loaded by one class loader
                // per JVM only, and the other search tests (another application start) need it
                "newslens.search.embedding.enabled", "false");
    }
}
