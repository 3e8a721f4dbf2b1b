package io.newslens.localstack.cli;

import io.newslens.localstack.LocalStack;
import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.QuarkusService;
import io.newslens.localstack.services.ReplicaCounts;
import io.newslens.localstack.services.SeedIngester;
import io.newslens.localstack.services.ServiceSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code up}: backing services + the three services + the sample corpus, until Ctrl-C.
 * {@code backing}: only Elasticsearch, Kafka and PostgreSQL (to run one service in dev mode against them).
 *
 * <p>Configuration from the environment: NEWSLENS_DATA_DIR, NEWSLENS_SEEDS_DIR, NEWSLENS_ES_PORT (9200),
 * NEWSLENS_KAFKA_PORT (9092), NEWSLENS_PG_PORT (5432), NEWSLENS_INGEST_PORT (8081),
 * NEWSLENS_SEARCH_PORT (8082), NEWSLENS_SUMMARY_PORT (8083).
 */
public final class LocalStackCli {

    public static void main(String[] args) throws Exception {
        // zonky and the Kafka admin client log through JUL; jboss-logmanager is on the class path
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        String command = args.length == 0 ? "up" : args[0];
        String replicas = env("NEWSLENS_REPLICAS", null);
        if (args.length == 3 && args[1].equals("--replicas")) {
            replicas = args[2];
        } else if (args.length > 1) {
            System.err.println("usage: local-stack [up [--replicas N|ingest=N,search=N,summary=N]|backing]");
            System.exit(2);
        }
        Path repo = repoDir();
        Path dataDir = Path.of(env("NEWSLENS_DATA_DIR", repo.resolve(".stack").toString()));
        LocalStack.Builder backing = LocalStack.builder(dataDir)
                .elasticsearchPort(intEnv("NEWSLENS_ES_PORT", 9200))
                .kafkaPort(intEnv("NEWSLENS_KAFKA_PORT", 9092))
                .postgresPort(intEnv("NEWSLENS_PG_PORT", 5432));
        try {
            switch (command) {
                case "up" -> up(backing, repo, dataDir, replicas);
                case "backing" -> backing(backing);
                default -> {
                    System.err.println("usage: local-stack [up|backing]");
                    System.exit(2);
                }
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("[newslens] " + e.getMessage());
            System.exit(1);
        }
    }

    private static void up(LocalStack.Builder backing, Path repo, Path dataDir, String replicas) throws Exception {
        long t0 = System.nanoTime();
        Map<ServiceSpec, Integer> counts = ReplicaCounts.parse(replicas);
        Map<ServiceSpec, Integer> ports = new EnumMap<>(ServiceSpec.class);
        ports.put(ServiceSpec.INGEST, intEnv("NEWSLENS_INGEST_PORT", ServiceSpec.INGEST.defaultPort(repo)));
        ports.put(ServiceSpec.SEARCH, intEnv("NEWSLENS_SEARCH_PORT", ServiceSpec.SEARCH.defaultPort(repo)));
        ports.put(ServiceSpec.SUMMARY, intEnv("NEWSLENS_SUMMARY_PORT", ServiceSpec.SUMMARY.defaultPort(repo)));
        say("starting Elasticsearch, Kafka, PostgreSQL and the three services (data and logs under %s)", dataDir);
        NewslensStack stack = NewslensStack.start(backing, repo, ports, Map.of(), Map.of(), counts);
        for (ServiceSpec spec : ServiceSpec.values()) {
            for (QuarkusService instance : stack.instances(spec)) {
                say("%-16s %s  (ready in %.1f s, log %s)", instance.name(), instance.url(),
                        instance.lastStartup().toMillis() / 1000.0, instance.dir().resolve("service.log"));
            }
        }
        Path seeds = Path.of(env("NEWSLENS_SEEDS_DIR", repo.resolve("../shared/corpus/seeds").toString())).normalize();
        String exampleId = null;
        if (Files.isDirectory(seeds)) {
            SeedIngester ingester = new SeedIngester(stack.url(ServiceSpec.INGEST), stack.url(ServiceSpec.SEARCH), stack.apiKey());
            Map<String, String> ids = ingester.ingestFolder(seeds);
            Duration first = ingester.awaitSearchable(List.copyOf(ids.values()), Duration.ofMinutes(3));
            say("ingested %d sample pages from %s; all searchable; first searchable %.1f s after its POST; %.1f s since start",
                    ids.size(), seeds, first.toMillis() / 1000.0, (System.nanoTime() - t0) / 1e9);
            ids.forEach((file, id) -> say("  %s -> %s", file, id));
            exampleId = ids.values().iterator().next();
        } else {
            say("no sample corpus at %s (set NEWSLENS_SEEDS_DIR): nothing ingested", seeds);
        }
        printExamples(stack, exampleId);
        say("press Ctrl-C to stop everything");
        Thread.currentThread().join();
    }

    private static void backing(LocalStack.Builder builder) throws InterruptedException {
        LocalStack stack = builder.with(LocalStack.Service.values()).build().start();
        var pg = stack.postgres().orElseThrow();
        pg.createDatabase("ingest");
        pg.createDatabase("summary");
        say("kafka.bootstrap.servers=%s", stack.kafka().orElseThrow().bootstrapServers());
        say("quarkus.elasticsearch.hosts=%s", stack.elasticsearch().orElseThrow().hostPort());
        say("quarkus.datasource.jdbc.url=%s (and .../summary), user postgres, password postgres", pg.jdbcUrl("ingest"));
        say("services in dev mode (./mvnw quarkus:dev) accept the key in NEWSLENS_API_KEY (header %s) for writes", NewslensStack.API_KEY_HEADER);
        say("press Ctrl-C to stop");
        Thread.currentThread().join();
    }

    private static void printExamples(NewslensStack stack, String id) {
        String search = stack.url(ServiceSpec.SEARCH);
        say("");
        say("Try:");
        say("  curl '%s/api/search?q=Shanghai+Cooperation+Organization'", search);
        say("  curl '%s/api/search?q=NATO+alliance'", search);
        if (id != null) {
            say("  curl '%s/api/articles/%s'", stack.url(ServiceSpec.INGEST), id);
            say("  curl '%s/api/summaries/%s'", stack.url(ServiceSpec.SUMMARY), id);
        }
        say("Writes and admin calls need the API key of this run (client '%s', all roles; set %s to choose it):",
                NewslensStack.API_CLIENT, NewslensStack.API_KEY_ENV);
        say("  export %s='%s'", NewslensStack.API_KEY_ENV, stack.apiKey());
        say("  curl -H \"%s: $%s\" -H 'Content-Type: text/plain' --data-binary @page.txt '%s/api/articles'",
                NewslensStack.API_KEY_HEADER, NewslensStack.API_KEY_ENV, stack.url(ServiceSpec.INGEST));
        say("  curl -X POST -H \"%s: $%s\" '%s/api/admin/reindex'", NewslensStack.API_KEY_HEADER, NewslensStack.API_KEY_ENV, search);
        for (ServiceSpec spec : ServiceSpec.values()) {
            say("  Swagger UI of %s: %s/q/swagger-ui", spec.module(), stack.url(spec));
        }
    }

    private static Path repoDir() throws IOException {
        String override = System.getenv("NEWSLENS_REPO_DIR");
        if (override != null) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        Properties props = new Properties();
        try (InputStream in = LocalStackCli.class.getResourceAsStream("/local-stack.properties")) {
            props.load(in);
        }
        return Path.of(props.getProperty("repo.dir")).toAbsolutePath().normalize();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int intEnv(String name, int fallback) {
        String value = env(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a port number, not '" + value + "'");
        }
    }

    private static void say(String format, Object... args) {
        System.out.printf("[newslens] " + format + "%n", args);
    }
}
