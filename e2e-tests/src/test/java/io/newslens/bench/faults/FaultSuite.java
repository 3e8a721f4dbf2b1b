package io.newslens.bench.faults;

import io.newslens.localstack.LocalStack;
import io.newslens.localstack.PostgresServer;
import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.ServiceSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * bench/faults (issue 6): ingests real articles while a fault happens (broker crash, Elasticsearch
 * outage, PostgreSQL restart, service crashes, redelivery, poison records), then checks that every
 * accepted article is stored, indexed exactly once and summarised exactly once.
 * Usage: FaultSuite REPO_DIR SHARED_DIR [--articles N] [--scenario NAME[,NAME...]] [--timeout SECONDS] [--list]
 */
public final class FaultSuite {

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath().normalize();
        Path shared = Path.of(args[1]).toAbsolutePath().normalize();
        int articles = 2000;
        String only = null;
        int timeout = 600;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--scenario" -> only = args[++i];
                case "--timeout" -> timeout = Integer.parseInt(args[++i]);
                case "--list" -> {
                    Scenarios.all().forEach(s -> System.out.printf("%-20s %s%n", s.name(), s.description()));
                    return;
                }
                default -> {
                    System.err.println("usage: bench/faults [--articles N] [--scenario NAME[,NAME...]] [--timeout SECONDS] [--list]");
                    System.exit(2);
                }
            }
        }
        List<Scenario> scenarios;
        try {
            scenarios = Scenarios.select(only == null ? null : List.of(only.split(",")));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(repo, shared, articles, scenarios, Duration.ofSeconds(timeout)));
    }

    private static int run(Path repo, Path shared, int n, List<Scenario> scenarios, Duration timeout) throws Exception {
        List<Corpus.Body> all = Corpus.fnc1(shared);
        if (all.size() < n) {
            System.err.printf("only %d distinct FNC-1 bodies, %d asked for%n", all.size(), n);
            return 2;
        }
        List<ScenarioResult> results = runScenarios(repo, all.subList(0, n), scenarios, timeout);
        return report(results, n);
    }

    /** Runs the scenarios one after another on one stack started from a clean state. */
    static List<ScenarioResult> runScenarios(Path repo, List<Corpus.Body> bodies, List<Scenario> scenarios, Duration timeout)
            throws Exception {
        int n = bodies.size();
        Path dataDir = Files.createTempDirectory("newslens-faults-");
        String runId = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
        System.out.printf("fault suite: %d scenarios x %d distinct FNC-1 bodies (train + competition test); cores %d; data %s; "
                + "one stack for all scenarios, each scenario ingests its own copy of the bodies%n",
                scenarios.size(), n, Runtime.getRuntime().availableProcessors(), dataDir);
        List<ScenarioResult> results = new ArrayList<>();
        Path services = ServiceSnapshot.copy(repo, dataDir.resolve("services"));
        try (NewslensStack stack = NewslensStack.start(LocalStack.builder(dataDir.resolve("stack")), services, Map.of(), Map.of())) {
            PostgresServer pg = stack.backing().postgres().orElseThrow();
            PipelineProbe probe = new PipelineProbe(() -> stack.url(ServiceSpec.INGEST), () -> stack.url(ServiceSpec.SUMMARY),
                    stack.backing().elasticsearch().orElseThrow().url(), pg.jdbcUrl(ServiceSpec.SUMMARY.database()));
            ScenarioRunner runner = new ScenarioRunner(stack, probe, bodies, timeout, runId);
            for (Scenario s : scenarios) {
                try {
                    results.add(runner.run(s));
                } catch (Exception e) {
                    e.printStackTrace();
                    results.add(ScenarioResult.notRun(s.name(), s.replicas(), "could not run: " + e));
                }
            }
        } finally {
            deleteTree(dataDir);
        }
        return results;
    }

    static int report(List<ScenarioResult> results, int n) {
        System.out.println();
        System.out.printf("%-20s %8s %8s %8s %10s %6s %10s %11s  %s%n", "scenario", "accepted", "rejected", "indexed",
                "summarised", "lost", "duplicated", "recovery s", "check");
        for (ScenarioResult r : results) {
            System.out.printf(Locale.ROOT, "%-20s %8d %8d %8d %10d %6d %10d %11s  %s%n", r.name(), r.accepted(), r.rejected(),
                    r.indexed(), r.summarised(), r.lost(), r.duplicated(), seconds(r.recoverySeconds()),
                    r.problem() == null ? "ok" : r.problem());
        }
        System.out.println();
        int lost = 0;
        int duplicated = 0;
        boolean failed = false;
        for (ScenarioResult r : results) {
            String k = r.name().replace('-', '_');
            System.out.printf("figure faults_%s_accepted %d articles%n", k, r.accepted());
            System.out.printf("figure faults_%s_indexed %d articles%n", k, r.indexed());
            System.out.printf("figure faults_%s_summarised %d articles%n", k, r.summarised());
            System.out.printf("figure faults_%s_lost %d articles%n", k, r.lost());
            System.out.printf("figure faults_%s_duplicated %d articles%n", k, r.duplicated());
            System.out.printf(Locale.ROOT, "figure faults_%s_recovery %s s%n", k, seconds(r.recoverySeconds()));
            System.out.printf(Locale.ROOT, "figure faults_%s_instances_per_service %d%n", k, r.replicas());
            System.out.printf(Locale.ROOT, "figure faults_%s_throughput %s articles/s%n", k, seconds(r.throughput()));
            lost += r.lost();
            duplicated += r.duplicated();
            failed |= r.failed();
        }
        System.out.printf("figure faults_articles_per_scenario %d articles%n", n);
        printScaleOut(results);
        System.out.printf("figure faults_lost %d articles%n", lost);
        System.out.printf("figure faults_duplicated %d articles%n", duplicated);
        System.out.printf("goal faults_lost == 0 %s%n", lost == 0 ? "met" : "missed");
        System.out.printf("goal faults_duplicated == 0 %s%n", duplicated == 0 ? "met" : "missed");
        for (ScenarioResult r : results) {
            System.out.printf("goal faults_%s_checks pass %s%n", r.name().replace('-', '_'), r.failed() ? "missed" : "met");
        }
        return failed ? 1 : 0;
    }

    /** Throughput with two instances of each service against one of each, when the run had both. */
    private static void printScaleOut(List<ScenarioResult> results) {
        ScenarioResult one = find(results, Scenarios.BASELINE);
        ScenarioResult two = find(results, Scenarios.REPLICAS_2);
        if (one != null && two != null && one.throughput() > 0) {
            System.out.printf(Locale.ROOT, "figure faults_throughput_two_of_each_over_one_of_each %.2f%n",
                    two.throughput() / one.throughput());
        }
    }

    private static ScenarioResult find(List<ScenarioResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "n/a" : String.format(Locale.ROOT, "%.1f", s);
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // temp dir
        }
    }
}
