package io.newslens.localstack.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the three Newslens services as the stack runs it: its module, its database and the memory
 * it may use. Port, JVM options (heap share, GC, JIT) and environment come from the service's
 * {@code k8s/base/services/<module>.runtime.env} ({@link RuntimeSettings}), the one file Kubernetes,
 * docker compose and the image read them from as well.
 */
public enum ServiceSpec {
    INGEST("ingest-service", "ingest", "432m"),
    SEARCH("search-service", null, "688m"),
    SUMMARY("summary-service", "summary", "336m");

    private final String module;
    private final String database;
    private final String memoryLimit;

    /** @param memoryLimit the memory the service may use: its Kubernetes memory limit (k8s/base/services/*.yaml, measured by bench/footprint) */
    ServiceSpec(String module, String database, String memoryLimit) {
        this.module = module;
        this.database = database;
        this.memoryLimit = memoryLimit;
    }

    public String module() {
        return module;
    }

    /** The PostgreSQL database the service owns, or null when it has none. */
    public String database() {
        return database;
    }

    public RuntimeSettings runtime(Path repoDir) {
        return RuntimeSettings.read(RuntimeSettings.file(repoDir, module));
    }

    public int defaultPort(Path repoDir) {
        return runtime(repoDir).port();
    }

    /**
     * The runtime.env's JVM options, with the memory a container of the Kubernetes limit would have
     * ({@code -XX:MaxRAM}): its heap share (MaxRAMPercentage) then gives the same heap here as in a pod.
     */
    public List<String> jvmOptions(RuntimeSettings runtime) {
        List<String> options = new ArrayList<>();
        options.add("-XX:MaxRAM=" + memoryLimit);
        options.addAll(runtime.javaOptions());
        return List.copyOf(options);
    }
}
