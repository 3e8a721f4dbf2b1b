package io.newslens.localstack.services;

import io.newslens.localstack.LocalStack;
import io.newslens.localstack.PostgresServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on one machine: the backing services of {@link LocalStack} and the three
 * services started from their packaged jars, wired to them. Used by the run command and the
 * end-to-end tests.
 */
public final class NewslensStack implements AutoCloseable {

    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(120);

    private final LocalStack backing;
    private final Map<ServiceSpec, QuarkusService> services = new EnumMap<>(ServiceSpec.class);

    private NewslensStack(LocalStack backing) {
        this.backing = backing;
    }

    /**
     * Starts backing services then the three services.
     *
     * @param servicePorts HTTP port per service; a missing entry or 0 picks a free port
     */
    public static NewslensStack start(LocalStack.Builder backingBuilder, Path repoDir, Map<ServiceSpec, Integer> servicePorts,
                                      Map<String, String> extraConfig) {
        LocalStack backing = backingBuilder.with(LocalStack.Service.values()).build().start();
        NewslensStack stack = new NewslensStack(backing);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "newslens-stack-shutdown"));
        try {
            PostgresServer pg = backing.postgres().orElseThrow();
            for (ServiceSpec spec : ServiceSpec.values()) {
                Map<String, String> config = new HashMap<>(extraConfig);
                config.put("kafka.bootstrap.servers", backing.kafka().orElseThrow().bootstrapServers());
                if (spec.database() != null) {
                    pg.createDatabase(spec.database());
                    config.put("quarkus.datasource.jdbc.url", pg.jdbcUrl(spec.database()));
                    config.put("quarkus.datasource.username", PostgresServer.USER);
                    config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
                }
                if (spec == ServiceSpec.SEARCH) {
                    config.put("quarkus.elasticsearch.hosts", backing.elasticsearch().orElseThrow().hostPort());
                }
                int port = servicePorts.getOrDefault(spec, 0);
                QuarkusService service = new QuarkusService(spec, repoDir, backing.dataDir(), port > 0 ? port : io.newslens.localstack.Ports.free(), config);
                stack.services.put(spec, service);
            }
            // Services start in parallel: each only needs the backing services.
            List<Thread> starters = stack.services.values().stream()
                    .map(s -> new Thread(() -> s.start(SERVICE_TIMEOUT), "start-" + s.spec().module()))
                    .toList();
            Map<String, Throwable> failures = new HashMap<>();
            starters.forEach(t -> t.setUncaughtExceptionHandler((th, e) -> {
                synchronized (failures) {
                    failures.put(th.getName(), e);
                }
            }));
            starters.forEach(Thread::start);
            for (Thread t : starters) {
                t.join();
            }
            if (!failures.isEmpty()) {
                Throwable first = failures.values().iterator().next();
                throw new IllegalStateException("services failed to start: " + failures.keySet() + ": " + first.getMessage(), first);
            }
            return stack;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stack.close();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public LocalStack backing() {
        return backing;
    }

    public QuarkusService service(ServiceSpec spec) {
        return services.get(spec);
    }

    public String url(ServiceSpec spec) {
        return services.get(spec).url();
    }

    @Override
    public synchronized void close() {
        services.values().forEach(s -> {
            try {
                s.stop();
            } catch (RuntimeException e) {
                System.err.println("[newslens] could not stop " + s.spec().module() + ": " + e.getMessage());
            }
        });
        backing.close();
    }
}
