package io.newslens.localstack.test;

import io.newslens.localstack.LocalStack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Starts real backing services for a {@code @QuarkusTest} and points the application at them.
 * Init arg {@code services}: a comma-separated subset of {@code kafka,postgres,elasticsearch}.
 * Init arg {@code database}: the PostgreSQL database to create and use (default {@code newslens}).
 *
 * <p>Sets {@code kafka.bootstrap.servers}, {@code quarkus.datasource.jdbc.url|username|password}
 * and {@code quarkus.elasticsearch.hosts}.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private Set<LocalStack.Service> services = EnumSet.allOf(LocalStack.Service.class);
    private String database = "newslens";
    private LocalStack stack;

    @Override
    public void init(Map<String, String> initArgs) {
        String list = initArgs.get("services");
        if (list != null && !list.isBlank()) {
            services = EnumSet.noneOf(LocalStack.Service.class);
            for (String name : list.split(",")) {
                services.add(LocalStack.Service.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("newslens-test-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stack = LocalStack.builder(dataDir).with(services).build().start();
        Map<String, String> config = new HashMap<>();
        stack.kafka().ifPresent(k -> config.put("kafka.bootstrap.servers", k.bootstrapServers()));
        stack.elasticsearch().ifPresent(es -> config.put("quarkus.elasticsearch.hosts", es.hostPort()));
        stack.postgres().ifPresent(pg -> {
            pg.createDatabase(database);
            config.put("quarkus.datasource.jdbc.url", pg.jdbcUrl(database));
            config.put("quarkus.datasource.username", io.newslens.localstack.PostgresServer.USER);
            config.put("quarkus.datasource.password", io.newslens.localstack.PostgresServer.PASSWORD);
        });
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stack, new TestInjector.MatchesType(LocalStack.class));
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
            deleteQuietly(stack.dataDir());
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var links = Files.list(dir)) {
            // Elasticsearch data may live outside (see ElasticsearchNode): delete it too
            for (Path link : links.filter(Files::isSymbolicLink).toList()) {
                deleteQuietly(Files.readSymbolicLink(link));
            }
        } catch (IOException ignored) {
            // best effort
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir: the OS cleans it eventually
        }
    }
}
