package io.newslens.localstack;

import org.apache.kafka.clients.admin.Admin;
import io.newslens.common.events.Topics;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A single Kafka broker in KRaft mode (broker and controller in one JVM), run from the Maven Central jars. */
public final class KafkaBroker extends ProcessBackedService {

    /** Enough for several instances of each consumer group to share a topic (scale-out, rolling restarts). */
    static final int PARTITIONS = 4;

    private final Path libs;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final String heap;

    KafkaBroker(Path libs, Path dataDir, int port, int controllerPort, String heap) {
        this.libs = libs;
        this.dir = dataDir.resolve("kafka");
        this.port = port;
        this.controllerPort = controllerPort;
        this.heap = heap;
    }

    @Override
    public String name() {
        return "kafka";
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void start(Duration timeout) {
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "Kafka controller");
        Path props = writeConfig();
        if (!Files.exists(dir.resolve("data/meta.properties"))) {
            format(props);
        }
        List<String> command = java("kafka.Kafka", props.toString());
        process = ChildProcess.start(name(), command, Map.of(), dir, dir.resolve("logs/console.log"), dir.resolve("kafka.pid"));
        Waiter.until(timeout, process, "Kafka on " + bootstrapServers(), this::healthy);
        createTopics();
    }

    /**
     * Creates the system's topics up front, as Strimzi KafkaTopics do in production, so consumers
     * get partitions at once instead of waiting for auto-creation and a metadata refresh.
     */
    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            List<NewTopic> topics = Topics.ALL.stream().map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
            for (var result : admin.createTopics(topics).values().values()) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create Kafka topics: " + e.getCause().getMessage(), e);
                    }
                }
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("could not create Kafka topics in time", e);
        }
    }

    static {
        // the admin client logs its whole configuration at INFO on every health probe
        java.util.logging.Logger.getLogger("org.apache.kafka").setLevel(java.util.logging.Level.WARNING);
    }

    private boolean healthy() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void format(Path props) {
        try {
            Path log = dir.resolve("logs/format.log");
            Process p = new ProcessBuilder(java("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", props.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed:\n" + ChildProcess.tail(log, 20));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap,
                "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-Dkafka.logs.dir=" + dir.resolve("logs"),
                "-cp", libs + "/*",
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private Path writeConfig() {
        try {
            Files.createDirectories(dir.resolve("logs"));
            Path props = dir.resolve("server.properties");
            Files.writeString(props, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "log.dirs=" + dir.resolve("data"),
                    "num.partitions=" + PARTITIONS,
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=3",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=true",
                    ""));
            Files.writeString(dir.resolve("log4j2.properties"), String.join("\n",
                    "status = error",
                    "appender.console.type = Console",
                    "appender.console.name = STDOUT",
                    "appender.console.layout.type = PatternLayout",
                    "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                    "rootLogger.level = INFO",
                    "rootLogger.appenderRef.stdout.ref = STDOUT",
                    "logger.kafka.name = kafka",
                    "logger.kafka.level = WARN",
                    "logger.state.name = state.change.logger",
                    "logger.state.level = WARN",
                    "logger.controller.name = org.apache.kafka",
                    "logger.controller.level = WARN",
                    ""));
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write Kafka config in " + dir, e);
        }
    }

    /**
     * Kafka's cluster ids are 16 random bytes in URL-safe base64 without padding. One that starts
     * with '-' would be read as an option by the storage tool, so draw again (as Kafka's Uuid does).
     */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer buffer = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
