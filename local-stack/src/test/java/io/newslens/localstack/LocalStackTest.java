package io.newslens.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the three real backing services and talks to each. */
class LocalStackTest {

    @TempDir
    static Path dataDir;
    static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = LocalStack.builder(dataDir)
                .with(LocalStack.Service.values())
                .build()
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) stack.close();
        Path es = dataDir.resolve("elasticsearch");
        if (java.nio.file.Files.isSymbolicLink(es)) {
            // ElasticsearchNode put its files outside the (nobody-unreadable) JUnit temp dir
            new ProcessBuilder("rm", "-rf", java.nio.file.Files.readSymbolicLink(es).toString()).start().waitFor();
        }
    }

    @Test
    void elasticsearchAnswersHealth() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.elasticsearch().orElseThrow().url() + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"cluster_name\":\"newslens-local\""), response.body());
    }

    @Test
    void kafkaHasOneBroker() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafka().orElseThrow().bootstrapServers()))) {
            assertEquals(1, admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size());
            assertTrue(admin.listTopics().names().get(10, TimeUnit.SECONDS).containsAll(io.newslens.common.events.Topics.ALL),
                    "the system's topics are provisioned");
        }
    }

    @Test
    void postgresCreatesDatabaseIdempotently() throws Exception {
        PostgresServer pg = stack.postgres().orElseThrow();
        pg.createDatabase("probe");
        pg.createDatabase("probe");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("probe"), PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("select current_database()")) {
            assertTrue(rs.next());
            assertEquals("probe", rs.getString(1));
        }
    }

    @Test
    void takenPortFailsWithClearMessage() {
        int taken = stack.postgres().orElseThrow().port();
        Ports.PortInUseException e = assertThrows(Ports.PortInUseException.class, () -> Ports.requireFree(taken, "PostgreSQL"));
        assertTrue(e.getMessage().contains("port " + taken), e.getMessage());
        assertTrue(e.getMessage().contains("already in use"), e.getMessage());
    }

    @Test
    void elasticsearchCanBeKilledAndRestartedOnItsData() {
        ElasticsearchNode es = stack.elasticsearch().orElseThrow();
        es.kill();
        assertFalse(es.isRunning());
        es.start(java.time.Duration.ofSeconds(180));
        assertTrue(es.isRunning());
    }
}
