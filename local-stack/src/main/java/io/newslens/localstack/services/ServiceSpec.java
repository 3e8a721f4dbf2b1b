package io.newslens.localstack.services;

import java.util.List;
import java.util.Map;

/** One of the three Newslens services as the stack runs it: its module and default HTTP port. */
public enum ServiceSpec {
    /*
     * ingest-service runs on the C1 compiler only: it waits on PostgreSQL and Kafka far more than it
     * computes (0.2 cores under a batch stream), and C2's code cache and compiler arenas were ~45 MB
     * of its peak RSS (bench/footprint; NMT).
     */
    INGEST("ingest-service", 8081, "ingest", "160m", List.of("-XX:TieredStopAtLevel=1")),
    SEARCH("search-service", 8082, null, "256m", List.of()),
    /*
     * summary-service too: on two cores C2 spent ~2 s of CPU during its start compiling the JDK's
     * class-loading methods beside the start-up thread (JFR), and it became ready in 3.5-4.5 s
     * instead of 2.5-2.9 s. The built-in analyser costs 2-4 ms of CPU per article either way,
     * far from the pace articles arrive at; see README "Footprint" for the measured trade-off.
     */
    SUMMARY("summary-service", 8083, "summary", "256m", List.of("-XX:TieredStopAtLevel=1"));

    /**
     * Environment of every service process. glibc gives each thread that allocates its own 64 MB
     * malloc arena; two are plenty for a JVM whose big allocations are its own, and RSS drops by tens of MB.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private final String module;
    private final int defaultPort;
    private final String database;
    private final String heap;
    private final List<String> jitOptions;

    ServiceSpec(String module, int defaultPort, String database, String heap, List<String> jitOptions) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
        this.heap = heap;
        this.jitOptions = jitOptions;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The PostgreSQL database the service owns, or null when it has none. */
    public String database() {
        return database;
    }

    public String heap() {
        return heap;
    }

    /**
     * Memory and GC options (measured by bench/footprint). A small initial heap lets the heap grow
     * only as far as the work needs, so resident memory follows use rather than -Xmx; the serial
     * collector has the smallest native overhead, right for one- or two-core pods. Then the
     * service's JIT options, if any.
     */
    public List<String> jvmOptions() {
        List<String> options = new java.util.ArrayList<>(List.of("-Xms32m", "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
        options.addAll(jitOptions);
        return List.copyOf(options);
    }
}
