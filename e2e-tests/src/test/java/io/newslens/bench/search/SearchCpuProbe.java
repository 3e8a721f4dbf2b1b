package io.newslens.bench.search;

import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.ServiceSpec;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * bench/search-probe: a quick A/B of search-service's CPU per search while working on it. Starts the stack of
 * bench/search once and indexes the FNC-1 corpus through the pipeline, then runs a round for every line read
 * from stdin: {@code restart <tag>} first restarts search-service from its jar as it is now (rebuild it in
 * between: {@code ./mvnw -pl search-service -am package -DskipTests}), {@code <tag>} measures the running one.
 * A round: {@code warmUp} requests per side at 8 clients, then {@code requests} per side at 8 and at 1 client in
 * ABBA blocks, printing the CPU per search of search-service, of Elasticsearch on each side, of this client, and
 * the machine CPU overhead. Not a benchmark of record (bench/search is): the stack stays warm between rounds,
 * and a round just after a restart is still JIT-cold; compare second rounds, and search-service's CPU against
 * Elasticsearch's per direct search (the machine's speed drifts by 20-30 % within an hour on this guest).
 */
public final class SearchCpuProbe {

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath().normalize();
        Path shared = Path.of(args[1]).toAbsolutePath().normalize();
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;
        List<Articles.Body> corpus = Articles.fnc1(shared.resolve("benchmarks/fnc-1/train_bodies.csv"), 1683);
        Http http = new Http();
        ServiceClasses service = new ServiceClasses();
        Path dataDir = Files.createTempDirectory("newslens-search-probe-");
        try (NewslensStack stack = SearchBenchmark.start(repo, dataDir, Map.of())) {
            String es = "http://" + stack.backing().elasticsearch().orElseThrow().hostPort();
            String search = stack.url(ServiceSpec.SEARCH);
            StackCpu cpu = new StackCpu(stack);
            new IndexingBench(http, es, search, stack.backing().kafka().orElseThrow().bootstrapServers(), service, cpu)
                    .run(corpus, "embeddings", true);
            System.out.println("ready: a line 'restart <tag>' or '<tag>' runs a round");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String tag = line.strip();
                if (tag.isEmpty()) {
                    continue;
                }
                if (tag.startsWith("restart")) {
                    stack.service(ServiceSpec.SEARCH).stop();
                    stack.service(ServiceSpec.SEARCH).start(Duration.ofMinutes(2));
                }
                round(tag, new LatencyBench(http, search, es, service, cpu::snapshot), warmUp, requests);
            }
        } finally {
            SearchBenchmark.deleteTree(dataDir);
        }
    }

    private static void round(String tag, LatencyBench latency, int warmUp, int requests) throws InterruptedException {
        String different = latency.checkSameResults();
        if (different != null) {
            System.out.println("PROBLEM: the two sides differ: " + different);
        }
        long t0 = System.nanoTime();
        latency.warmUp(8, warmUp);
        System.out.printf(Locale.ROOT, "%s: warm-up %d requests per side in %.0f s%n", tag, warmUp, (System.nanoTime() - t0) / 1e9);
        for (int clients : new int[]{8, 1}) {
            LatencyBench.Level l = latency.level(clients, requests, 200);
            double esDirect = l.directSideCpu().getOrDefault(StackCpu.ELASTICSEARCH, 0.0);
            System.out.printf(Locale.ROOT, "%s %2d clients: search-service %.3f ms per search (%.3f of Elasticsearch's per direct search) | "
                            + "Elasticsearch %.2f through the service, %.2f direct | this client %.2f / %.2f | outside the stack %.2f / %.2f | "
                            + "machine CPU overhead %.1f %% | p50 %.1f / %.1f, p99 %.1f / %.1f ms%n",
                    tag, clients, l.serviceCpuMillis(), l.serviceCpuMillis() / esDirect,
                    l.serviceSideCpu().getOrDefault(StackCpu.ELASTICSEARCH, 0.0), esDirect,
                    l.serviceSideCpu().getOrDefault(StackCpu.BENCHMARK, 0.0), l.directSideCpu().getOrDefault(StackCpu.BENCHMARK, 0.0),
                    l.serviceSideCpu().getOrDefault(StackCpu.OUTSIDE, 0.0), l.directSideCpu().getOrDefault(StackCpu.OUTSIDE, 0.0),
                    l.cpuOverhead() * 100, l.service().p50(), l.direct().p50(), l.service().p99(), l.direct().p99());
        }
    }
}
