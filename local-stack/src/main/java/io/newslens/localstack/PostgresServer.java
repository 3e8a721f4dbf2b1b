package io.newslens.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL server (zonky's binaries from Maven Central), data kept across restarts. */
public final class PostgresServer implements BackingService {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;

    PostgresServer(Path stackDir, int port) {
        this.dataDir = stackDir.resolve("postgres");
        this.port = port;
    }

    @Override
    public String name() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public synchronized void start(Duration timeout) {
        Ports.requireFree(port, "PostgreSQL");
        try {
            Files.createDirectories(dataDir);
            killStalePostmaster();
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(timeout)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start PostgreSQL on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database unless it exists (no exists-then-create race: the duplicate error is the signal). */
    public void createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("invalid database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }

    @Override
    public synchronized void kill() {
        killStalePostmaster();
        postgres = null;
    }

    @Override
    public java.util.OptionalLong pid() {
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (postgres == null || !Files.exists(pidFile)) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalLong.empty();
        }
    }

    @Override
    public boolean isRunning() {
        return postgres != null;
    }

    /** The postmaster is not our child (pg_ctl daemonises it): find it by its pid file. */
    private void killStalePostmaster() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
                if (!first.isEmpty()) {
                    ProcessHandle.of(Long.parseLong(first)).ifPresent(ChildProcess::killTree);
                }
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("could not clean up a PostgreSQL left running in " + dataDir, e);
        }
    }
}
