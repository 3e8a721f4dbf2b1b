package io.newslens.localstack.services;

import io.newslens.localstack.ChildProcess;
import io.newslens.localstack.CpuAffinity;
import io.newslens.localstack.HttpProbe;
import io.newslens.localstack.Waiter;
import io.newslens.localstack.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Newslens service run from its packaged jar ({@code target/quarkus-app/quarkus-run.jar}). */
public final class QuarkusService {

    private final ServiceSpec spec;
    private final String name;
    private final Path repoDir;
    private final Path jar;
    private final Path dir;
    private int port;
    private final Map<String, String> config;
    private final Map<String, String> env;
    private ChildProcess process;
    private Duration lastStartup;
    private List<String> jvmOptions = List.of();
    private Map<String, String> environment = Map.of();
    private ClassDataCache classDataCache;
    private String cpus;

    QuarkusService(ServiceSpec spec, String name, Path repoDir, Path dataDir, int port, Map<String, String> config,
                   Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.spec = spec;
        this.name = name;
        this.repoDir = repoDir;
        this.jar = repoDir.resolve(spec.module()).resolve("target/quarkus-app/quarkus-run.jar");
        this.dir = dataDir.resolve(name);
        this.port = port;
        this.config = Map.copyOf(config);
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** The instance's name: the module's for the first instance of a service, then module-2, module-3, ... */
    public String name() {
        return name;
    }

    /** The instance's log and pid file live here. */
    public Path dir() {
        return dir;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Time from launch to the readiness probe answering UP, for the last start. */
    public Duration lastStartup() {
        return lastStartup;
    }

    /** The memory and GC options the service JVM was started with. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** The environment the service process was started with (its runtime.env's, then the stack's). */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * Runs the service on these CPUs only ({@link CpuAffinity}, a list such as "1"), from its next start; null for
     * every CPU of the machine.
     */
    public synchronized void runOn(String cpus) {
        this.cpus = cpus;
    }

    /** True when this run records the start-up class-data cache (its first run with this jar and JVM). */
    public boolean trainsClassDataCache() {
        return classDataCache != null && classDataCache.training();
    }

    public synchronized void start(Duration timeout) {
        if (port == 0) {
            // chosen now, not when the stack was planned: a port picked seconds earlier from the
            // ephemeral range may meanwhile be taken by an outgoing connection
            port = Ports.free();
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: build the services first (./mvnw install -DskipTests)");
        }
        Ports.requireFree(port, name);
        ServiceJvm jvm = ServiceJvm.detect();
        classDataCache = new ClassDataCache(jar.getParent(), jvm);
        RuntimeSettings runtime = spec.runtime(repoDir);
        List<String> options = new ArrayList<>(spec.jvmOptions(runtime));
        options.addAll(classDataCache.jvmOptions());
        // extra options for every service, e.g. a JFR recording when profiling a benchmark
        String extra = System.getenv().getOrDefault("NEWSLENS_SERVICE_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        // the archive dump lists every class it skips as a warning: keep the log for the service's own errors
        options.add("-Xlog:cds=error");
        jvmOptions = List.copyOf(options);
        List<String> command = new ArrayList<>(CpuAffinity.launcher(cpus));
        command.add(jvm.java().toString());
        command.addAll(options);
        command.add("-Dquarkus.http.port=" + port);
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toString()));
        long t0 = System.nanoTime();
        Map<String, String> environment = new java.util.HashMap<>(runtime.environment());
        environment.putAll(env);
        this.environment = Map.copyOf(environment);
        process = ChildProcess.start(name, command, environment, mkdirs(dir), dir.resolve("service.log"),
                dir.resolve("service.pid"));
        Waiter.until(timeout, Duration.ofMillis(100), process, name + " readiness on " + url(), this::ready);
        lastStartup = Duration.ofNanos(System.nanoTime() - t0);
    }

    public synchronized void stop() {
        if (process != null) {
            // a training run writes its class-data cache on the way out, which takes a while
            process.stop(Duration.ofSeconds(classDataCache.training() ? 180 : 15));
            classDataCache.publish();
            process = null;
        }
    }

    /** SIGKILL, as a crash would: used by fault tests. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            classDataCache.discard();
            process = null;
        }
    }

    public boolean ready() {
        return HttpProbe.ok(url() + "/q/health/ready", Duration.ofSeconds(2));
    }

    private static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("could not create " + dir, e);
        }
    }

}
