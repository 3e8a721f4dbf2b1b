package io.newslens.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A single-node Elasticsearch on loopback, from the integ-test distribution (core modules only). */
public final class ElasticsearchNode extends ProcessBackedService {

    private final Path home;
    private final Path workDir;
    private final int httpPort;
    private final int transportPort;
    private final String heap;

    ElasticsearchNode(Path home, Path dataDir, int httpPort, int transportPort, String heap) {
        this.home = reachableHome(home);
        this.workDir = reachableWorkDir(dataDir.resolve("elasticsearch"));
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.heap = heap;
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    public int httpPort() {
        return httpPort;
    }

    public String hostPort() {
        return "127.0.0.1:" + httpPort;
    }

    public String url() {
        return "http://" + hostPort();
    }

    @Override
    public synchronized void start(Duration timeout) {
        Ports.requireFree(httpPort, "Elasticsearch HTTP");
        Ports.requireFree(transportPort, "Elasticsearch transport");
        writeConfig();
        Map<String, String> env = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_PATH_CONF", workDir.resolve("config").toString(),
                "ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap,
                "ES_TMPDIR", workDir.resolve("tmp").toString());
        process = ChildProcess.start(name(), Unprivileged.wrap(List.of(home.resolve("bin/elasticsearch").toString())),
                env, workDir, workDir.resolve("logs/console.log"), workDir.resolve("elasticsearch.pid"));
        Waiter.until(timeout, process, "Elasticsearch on " + url(), this::healthy);
    }

    private boolean healthy() {
        return HttpProbe.ok(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s", Duration.ofSeconds(3));
    }

    private void writeConfig() {
        try {
            Path config = workDir.resolve("config");
            Files.createDirectories(config);
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(workDir.resolve(dir));
            }
            try (Stream<Path> files = Files.list(home.resolve("config"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, config.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n",
                    "cluster.name: newslens-local",
                    "node.name: local-1",
                    "path.data: " + workDir.resolve("data"),
                    "path.logs: " + workDir.resolve("logs"),
                    "network.host: 127.0.0.1",
                    "http.port: " + httpPort,
                    "transport.port: " + transportPort,
                    "discovery.type: single-node",
                    "xpack.security.enabled: false",
                    // shared CI disks are often fuller than the default watermarks allow
                    "cluster.routing.allocation.disk.threshold_enabled: false",
                    ""));
            Unprivileged.chownToUnprivileged(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Elasticsearch config in " + workDir, e);
        }
    }

    /** The distribution as is when the unprivileged user can read it, else a shared copy in the temp dir. */
    private static Path reachableHome(Path home) {
        if (Unprivileged.canAccess(home.resolve("lib"), "-r") && Unprivileged.canAccess(home.resolve("bin/elasticsearch"), "-x")) {
            return home;
        }
        Path copy = Path.of(System.getProperty("java.io.tmpdir"), "newslens-" + home.getFileName());
        if (Files.isDirectory(copy.resolve("lib"))) {
            return copy;
        }
        Path staging = Path.of(copy + ".tmp-" + ProcessHandle.current().pid());
        if (Unprivileged.run(List.of("cp", "-a", home.toString(), staging.toString())) != 0
                || Unprivileged.run(List.of("chmod", "-R", "a+rX", staging.toString())) != 0) {
            throw new IllegalStateException("could not copy Elasticsearch to " + staging);
        }
        try {
            Files.move(staging, copy, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another run won the race: use its copy
            Unprivileged.run(List.of("rm", "-rf", staging.toString()));
        }
        return copy;
    }

    /**
     * {@code dir} itself when the unprivileged user can reach it; otherwise (e.g. a checkout under
     * /root) a directory in the temp dir, linked from {@code dir} so the data stays findable.
     */
    private static Path reachableWorkDir(Path dir) {
        try {
            if (Files.isSymbolicLink(dir)) {
                return Files.readSymbolicLink(dir);
            }
            Files.createDirectories(dir);
            Unprivileged.chownToUnprivileged(dir);
            if (Unprivileged.canAccess(dir, "-w")) {
                return dir;
            }
            Files.delete(dir);
            String hash = HexFormat.of().toHexDigits(dir.toAbsolutePath().toString().hashCode());
            Path elsewhere = Path.of(System.getProperty("java.io.tmpdir"), "newslens-es-" + hash);
            Files.createDirectories(elsewhere);
            Unprivileged.run(List.of("chmod", "755", elsewhere.toString()));
            Files.createSymbolicLink(dir, elsewhere);
            return elsewhere;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + dir, e);
        }
    }
}
