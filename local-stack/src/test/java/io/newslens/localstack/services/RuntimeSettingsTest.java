package io.newslens.localstack.services;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuntimeSettingsTest {

    /** The repository root: tests run in the module directory. */
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyServiceRunsWithItsRuntimeEnvAndTheMemoryOfItsPod() {
        for (ServiceSpec spec : ServiceSpec.values()) {
            RuntimeSettings runtime = spec.runtime(REPO);
            List<String> options = spec.jvmOptions(runtime);
            assertTrue(options.get(0).startsWith("-XX:MaxRAM="), options.toString());
            assertTrue(options.stream().anyMatch(o -> o.startsWith("-XX:MaxRAMPercentage=")),
                    spec + ": the heap is a share of the memory, as in the pod: " + options);
            assertEquals("2", runtime.environment().get("MALLOC_ARENA_MAX"), spec.toString());
        }
        assertEquals(8081, ServiceSpec.INGEST.defaultPort(REPO));
        assertEquals(8082, ServiceSpec.SEARCH.defaultPort(REPO));
        assertEquals(8083, ServiceSpec.SUMMARY.defaultPort(REPO));
    }

    @Test
    void readsNameValueLinesAsIsAndSkipsComments() {
        RuntimeSettings s = RuntimeSettings.parse(List.of("# a comment", "", "QUARKUS_HTTP_PORT=9000",
                "JAVA_OPTS=-Xms32m  -XX:+UseSerialGC", "A=b=c"), "test");
        assertEquals(9000, s.port());
        assertEquals(List.of("-Xms32m", "-XX:+UseSerialGC"), s.javaOptions());
        assertEquals(Map.of("A", "b=c"), s.environment());
        assertThrows(IllegalStateException.class, () -> RuntimeSettings.parse(List.of("JAVA_OPTS=-Xms32m"), "test"));
    }
}
