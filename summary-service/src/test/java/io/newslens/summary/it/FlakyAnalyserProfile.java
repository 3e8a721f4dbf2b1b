package io.newslens.summary.it;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Runs the service with {@link FlakyAnalyser}. */
public class FlakyAnalyserProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("test.newslens.flaky-analyser", "true", "newslens.summary.analyser", FlakyAnalyser.NAME);
    }
}
