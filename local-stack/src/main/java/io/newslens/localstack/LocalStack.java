package io.newslens.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The backing services of Newslens (Elasticsearch, Kafka, PostgreSQL) as child processes on
 * loopback, all data under one directory. Used by the run command, the tests and the benchmarks.
 */
public final class LocalStack implements AutoCloseable {

    public enum Service { ELASTICSEARCH, KAFKA, POSTGRES }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path dataDir;
    private final ElasticsearchNode elasticsearch;
    private final KafkaBroker kafka;
    private final PostgresServer postgres;
    private final List<BackingService> started = new ArrayList<>();
    private final boolean shutdownHook;
    private final java.util.Map<String, Duration> startupTimes = new java.util.LinkedHashMap<>();

    private LocalStack(Builder b) {
        Binaries binaries = b.services.contains(Service.ELASTICSEARCH) || b.services.contains(Service.KAFKA)
                ? Binaries.locate() : null;
        this.dataDir = b.dataDir.toAbsolutePath();
        this.shutdownHook = b.shutdownHook;
        this.elasticsearch = b.services.contains(Service.ELASTICSEARCH)
                ? new ElasticsearchNode(binaries.elasticsearchHome(), dataDir, port(b.elasticsearchPort), Ports.free(), b.elasticsearchHeap)
                : null;
        this.kafka = b.services.contains(Service.KAFKA)
                ? new KafkaBroker(binaries.kafkaLibs(), dataDir, port(b.kafkaPort), Ports.free(), b.kafkaHeap)
                : null;
        this.postgres = b.services.contains(Service.POSTGRES) ? new PostgresServer(dataDir, port(b.postgresPort)) : null;
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /**
     * Starts the services one after the other (fastest first, so a taken port fails quickly); if
     * one fails, those already started are stopped again.
     */
    public LocalStack start() {
        if (shutdownHook) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "local-stack-shutdown"));
        }
        try {
            for (BackingService service : services()) {
                long t0 = System.nanoTime();
                service.start(START_TIMEOUT);
                started.add(service);
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                startupTimes.put(service.name(), took);
                log("%s ready in %.1f s", service.name(), took.toMillis() / 1000.0);
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private List<BackingService> services() {
        List<BackingService> all = new ArrayList<>();
        if (postgres != null) all.add(postgres);
        if (kafka != null) all.add(kafka);
        if (elasticsearch != null) all.add(elasticsearch);
        return all;
    }

    /** Launch-to-healthy time of each service started, by name. */
    public java.util.Map<String, Duration> startupTimes() {
        return java.util.Map.copyOf(startupTimes);
    }

    /** The services this stack runs. */
    public List<BackingService> all() {
        return services();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Optional<ElasticsearchNode> elasticsearch() {
        return Optional.ofNullable(elasticsearch);
    }

    public Optional<KafkaBroker> kafka() {
        return Optional.ofNullable(kafka);
    }

    public Optional<PostgresServer> postgres() {
        return Optional.ofNullable(postgres);
    }

    /** Stops everything this stack started, in reverse order. Safe to call twice. */
    @Override
    public synchronized void close() {
        List<BackingService> reverse = new ArrayList<>(started);
        java.util.Collections.reverse(reverse);
        for (BackingService service : reverse) {
            try {
                service.stop();
            } catch (RuntimeException e) {
                log("could not stop %s cleanly: %s", service.name(), e.getMessage());
            }
        }
        started.clear();
    }

    private static int port(int configured) {
        return configured > 0 ? configured : Ports.free();
    }

    static void log(String format, Object... args) {
        System.err.printf("[local-stack] " + format + "%n", args);
    }

    public static final class Builder {
        private final Path dataDir;
        private final Set<Service> services = EnumSet.noneOf(Service.class);
        private int elasticsearchPort;
        private int kafkaPort;
        private int postgresPort;
        private String elasticsearchHeap = "512m";
        private String kafkaHeap = "384m";
        private boolean shutdownHook = true;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        public Builder with(Service... wanted) {
            services.addAll(List.of(wanted));
            return this;
        }

        public Builder with(Set<Service> wanted) {
            services.addAll(wanted);
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder elasticsearchPort(int port) {
            this.elasticsearchPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Builder elasticsearchHeap(String heap) {
            this.elasticsearchHeap = heap;
            return this;
        }

        public Builder kafkaHeap(String heap) {
            this.kafkaHeap = heap;
            return this;
        }

        /**
         * Whether the stack stops itself on JVM exit (default). An owner that must stop its own
         * processes first (the services that use these) turns it off and closes the stack itself.
         */
        public Builder shutdownHook(boolean enabled) {
            this.shutdownHook = enabled;
            return this;
        }

        public LocalStack build() {
            return new LocalStack(this);
        }
    }
}
