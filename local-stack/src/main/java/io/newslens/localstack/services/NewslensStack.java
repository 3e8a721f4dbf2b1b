package io.newslens.localstack.services;

import io.newslens.localstack.LocalStack;
import io.newslens.localstack.PostgresServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole system on one machine: the backing services of {@link LocalStack} and the three
 * services started from their packaged jars, wired to them. Used by the run command and the
 * end-to-end tests.
 */
public final class NewslensStack implements AutoCloseable {

    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(120);
    /** The header of the services' API key scheme (api-security module). */
    public static final String API_KEY_HEADER = "X-API-Key";
    /** Environment variable with the API key to use; when unset, a random key is made for the run. */
    public static final String API_KEY_ENV = "NEWSLENS_API_KEY";
    /** The API key client the stack configures: all roles, exempt from the rate limit (benchmarks post thousands of articles). */
    public static final String API_CLIENT = "stack";

    private static final List<ServiceSpec> START_ORDER = List.of(ServiceSpec.INGEST, ServiceSpec.SUMMARY, ServiceSpec.SEARCH);

    private final LocalStack backing;
    private final Path repoDir;
    private final String apiKey = makeApiKey();
    /** The running instances of each service, oldest first (what a Kubernetes Service load-balances over). */
    private final Map<ServiceSpec, List<QuarkusService>> services = new EnumMap<>(ServiceSpec.class);
    /** What every instance of a service is started with: configuration, environment, CPUs. */
    private final Map<ServiceSpec, InstanceTemplate> templates = new EnumMap<>(ServiceSpec.class);
    private final Map<ServiceSpec, Integer> instancesCreated = new EnumMap<>(ServiceSpec.class);

    private record InstanceTemplate(Map<String, String> config, Map<String, String> env, String cpus) {
    }

    private NewslensStack(LocalStack backing, Path repoDir) {
        this.backing = backing;
        this.repoDir = repoDir;
    }

    /**
     * Starts backing services then the three services.
     *
     * @param servicePorts HTTP port per service; a missing entry or 0 picks a free port
     */
    public static NewslensStack start(LocalStack.Builder backingBuilder, Path repoDir, Map<ServiceSpec, Integer> servicePorts,
                                      Map<String, String> extraConfig) {
        return start(backingBuilder, repoDir, servicePorts, extraConfig, Map.of());
    }

    /**
     * As {@link #start(LocalStack.Builder, Path, Map, Map)}, with some services on CPUs of their own.
     *
     * @param serviceCpus the CPUs a service runs on ({@link QuarkusService#runOn}); a missing entry: every CPU
     */
    public static NewslensStack start(LocalStack.Builder backingBuilder, Path repoDir, Map<ServiceSpec, Integer> servicePorts,
                                      Map<String, String> extraConfig, Map<ServiceSpec, String> serviceCpus) {
        return start(backingBuilder, repoDir, servicePorts, extraConfig, serviceCpus, Map.of());
    }

    /**
     * As {@link #start(LocalStack.Builder, Path, Map, Map, Map)}, with several instances of some services: the same
     * configuration and consumer groups, each instance on its own HTTP port (the first on the one of
     * {@code servicePorts}, the others on free ports).
     *
     * @param replicas instances per service; a missing entry: one
     */
    public static NewslensStack start(LocalStack.Builder backingBuilder, Path repoDir, Map<ServiceSpec, Integer> servicePorts,
                                      Map<String, String> extraConfig, Map<ServiceSpec, String> serviceCpus,
                                      Map<ServiceSpec, Integer> replicas) {
        LocalStack backing = backingBuilder.with(LocalStack.Service.values()).shutdownHook(false).build().start();
        NewslensStack stack = new NewslensStack(backing, repoDir);
        // services first, then what they use: one hook, so the order holds on Ctrl-C
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "newslens-stack-shutdown"));
        try {
            PostgresServer pg = backing.postgres().orElseThrow();
            for (ServiceSpec spec : ServiceSpec.values()) {
                Map<String, String> config = new HashMap<>();
                config.put("newslens.security.api-keys.clients." + API_CLIENT + ".roles", "writer,admin,reader");
                config.put("newslens.security.rate-limit.exempt", API_CLIENT);
                config.putAll(extraConfig);
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
                // the key through the environment, not the command line (where ps shows it)
                Map<String, String> env = Map.of("NEWSLENS_SECURITY_API_KEYS_CLIENTS_" + API_CLIENT.toUpperCase(java.util.Locale.ROOT) + "_KEY",
                        stack.apiKey);
                stack.templates.put(spec, new InstanceTemplate(Map.copyOf(config), env, serviceCpus.get(spec)));
                stack.services.put(spec, new CopyOnWriteArrayList<>());
                int count = replicas.getOrDefault(spec, 1);
                if (count < 1) {
                    throw new IllegalArgumentException(spec.module() + ": at least one instance, not " + count);
                }
                for (int i = 0; i < count; i++) {
                    stack.services.get(spec).add(stack.newInstance(spec, i == 0 ? servicePorts.getOrDefault(spec, 0) : 0));
                }
            }
            // One after the other: on a small machine parallel starts only slow each other down,
            // and the start-up time measured per service stays honest. In pipeline order, search
            // last: once ready it has Elasticsearch create its index (1.5-2 s of Elasticsearch CPU
            // on a fresh cluster), which would otherwise land in the next service's start.
            for (ServiceSpec spec : START_ORDER) {
                for (QuarkusService instance : stack.services.get(spec)) {
                    instance.start(SERVICE_TIMEOUT);
                }
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public LocalStack backing() {
        return backing;
    }

    /** The API key of client {@value #API_CLIENT} (roles writer, admin, reader): send it as {@value #API_KEY_HEADER}. */
    public String apiKey() {
        return apiKey;
    }

    private static String makeApiKey() {
        String fromEnv = System.getenv(API_KEY_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private QuarkusService newInstance(ServiceSpec spec, int port) {
        int n = instancesCreated.merge(spec, 1, Integer::sum);
        InstanceTemplate t = templates.get(spec);
        QuarkusService service = new QuarkusService(spec, n == 1 ? spec.module() : spec.module() + "-" + n, repoDir,
                backing.dataDir(), port, t.config(), t.env());
        service.runOn(t.cpus());
        return service;
    }

    /** The oldest running instance of a service. */
    public QuarkusService service(ServiceSpec spec) {
        return services.get(spec).get(0);
    }

    /** Every instance of a service, oldest first. */
    public List<QuarkusService> instances(ServiceSpec spec) {
        return List.copyOf(services.get(spec));
    }

    /** The URL of the oldest running instance of a service. */
    public String url(ServiceSpec spec) {
        return service(spec).url();
    }

    /**
     * Starts one more instance of a service (a scale-up, or the new pod of a rolling update) and returns it once
     * ready: same configuration and consumer groups, a free HTTP port, a data directory of its own.
     */
    public QuarkusService addInstance(ServiceSpec spec) {
        QuarkusService instance = newInstance(spec, 0);
        instance.start(SERVICE_TIMEOUT);
        services.get(spec).add(instance);
        return instance;
    }

    /** Stops an instance politely (SIGTERM, as Kubernetes does) and forgets it; the last one of a service stays. */
    public void removeInstance(QuarkusService instance) {
        List<QuarkusService> list = services.get(instance.spec());
        if (list.size() == 1 && list.contains(instance)) {
            throw new IllegalStateException("the last instance of " + instance.spec().module() + " stays");
        }
        list.remove(instance);
        instance.stop();
    }

    @Override
    public synchronized void close() {
        services.values().stream().flatMap(List::stream).forEach(s -> {
            try {
                s.stop();
            } catch (RuntimeException e) {
                System.err.println("[newslens] could not stop " + s.name() + ": " + e.getMessage());
            }
        });
        backing.close();
    }
}
