package io.newslens.bench.search;

import io.newslens.localstack.services.ServiceSpec;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Part 2: closed-loop latency of {@code GET /api/search} (keyword, facets and histogram on: what an
 * analyst tool asks) against the same request sent straight to Elasticsearch, at several client counts.
 */
final class LatencyBench {

    /** Real words and names of the FNC-1 news (2014-2015), each in the corpus; some as phrases, prefix or with operators. */
    static final List<String> QUERIES = List.of("isis", "islamic state hostage", "\"apple watch\"", "ebola", "north korea",
            "kim jong un", "putin ukraine", "jihadi john", "kobani syria", "police shooting", "ferguson",
            "\"boko haram\"", "nigeria girls", "iphone", "obama", "gunman ottawa", "michael brown", "gaza",
            "banksy", "video beheading", "soldiers OR troops", "election -obama", "pope francis", "spider*");
    private static final int SIZE = 10;
    private static final int BLOCK = 250;
    private static final int FACET_SIZE = 20; // newslens.search.limits.max-facet-size default

    /**
     * @param p99OverheadInterval 95 % interval of the p99 overhead ({@link OverheadInterval})
     * @param serviceSideCpu      CPU milliseconds per request of each process (the stack's and this benchmark's) while
     *                            the measured service blocks ran
     * @param directSideCpu       the same while the direct blocks ran
     */
    record Level(int clients, Percentiles service, Percentiles direct, long errors, OverheadInterval.Interval p99OverheadInterval,
                 Map<String, Double> serviceSideCpu, Map<String, Double> directSideCpu) {
        double p99Overhead() {
            return service.p99() / direct.p99() - 1;
        }

        /** search-service's CPU per search: a figure far steadier than a p99, and the cost it adds to each search. */
        double serviceCpuMillis() {
            return serviceSideCpu.getOrDefault(SEARCH_SERVICE, 0.0);
        }

        /**
         * CPU the whole machine spends per search through the service over per direct search, minus 1: every
         * process of the stack, this benchmark, and what the machine was busy with outside them ({@link StackCpu#OUTSIDE}:
         * on this guest more of it per search through the service, so it is not all background). When the
         * closed loop keeps both cores busy (8 and 32 clients here), latency grows with it: the p99 overhead
         * there is about this figure, give or take the run's noise.
         */
        double cpuOverhead() {
            return total(serviceSideCpu) / total(directSideCpu) - 1;
        }

        /** The machine's CPU per request of one side: all processes, and the busy time outside them. */
        static double total(Map<String, Double> cpu) {
            return cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private static final String SEARCH_SERVICE = ServiceSpec.SEARCH.module();

    private final Http http;
    private final String searchUrl;
    private final String directUrl;
    private final List<String> serviceUrls = new ArrayList<>();
    private final List<String> directBodies = new ArrayList<>();
    private final Supplier<Map<String, Long>> cpu;

    /** @param cpu CPU nanoseconds used so far by each process, by name ({@link StackCpu#snapshot()}) */
    LatencyBench(Http http, String searchUrl, String esUrl, ServiceClasses service, Supplier<Map<String, Long>> cpu) {
        this.http = http;
        this.cpu = cpu;
        this.searchUrl = searchUrl;
        this.directUrl = esUrl + "/" + IndexingBench.ALIAS + "/_search?typed_keys=true";
        for (String q : QUERIES) {
            serviceUrls.add(searchUrl + "/api/search?mode=keyword&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=" + SIZE);
            directBodies.add(service.keywordRequestBody(q, SIZE, FACET_SIZE));
        }
    }

    String sampleDirectBody() {
        return directBodies.get(0);
    }

    /** Both sides must find the same articles in the same order with the same total; null when they do. */
    String checkSameResults() {
        for (int i = 0; i < QUERIES.size(); i++) {
            JsonObject s = http.ok("GET", serviceUrls.get(i), null, null).json();
            JsonObject d = http.ok("POST", directUrl, "application/json", directBodies.get(i)).json();
            List<String> sIds = new ArrayList<>();
            for (JsonValue h : s.getJsonArray("hits")) {
                sIds.add(h.asJsonObject().getString("id"));
            }
            List<String> dIds = new ArrayList<>();
            JsonArray hits = d.getJsonObject("hits").getJsonArray("hits");
            for (JsonValue h : hits) {
                dIds.add(h.asJsonObject().getString("_id"));
            }
            long dTotal = d.getJsonObject("hits").getJsonObject("total").getJsonNumber("value").longValue();
            long sTotal = s.getJsonNumber("total").longValue();
            if (!sIds.equals(dIds) || sTotal != dTotal) {
                return "query '" + QUERIES.get(i) + "': service total " + sTotal + " " + sIds + ", direct total " + dTotal + " " + dIds;
            }
        }
        return null;
    }

    /** Totals of the query set as the service reports them, to show the queries are not empty. */
    List<Long> totals() {
        List<Long> t = new ArrayList<>();
        for (String url : serviceUrls) {
            t.add(http.ok("GET", url, null, null).json().getJsonNumber("total").longValue());
        }
        return t;
    }

    /**
     * JIT warm-up of both sides before the first level: the service's request path runs through far more
     * code than Elasticsearch's client side (REST, the typed client's parsers, Jackson), and C2 compiles
     * methods that run about once per request only after thousands of requests. Returns the errors.
     */
    long warmUp(int clients, int requests) throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        run(clients, requests, this::service, errors);
        run(clients, requests, this::direct, errors);
        return errors.get();
    }

    /**
     * Warm-up of both sides, then {@code requests} per side in blocks of {@value #BLOCK}, alternating
     * ABBA (service, direct, direct, service, ...) so the load of the shared machine hits both alike.
     */
    Level level(int clients, int requests, int warmUp) throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        run(clients, warmUp, this::service, errors);
        run(clients, warmUp, this::direct, errors);
        errors.set(0);
        List<double[]> service = new ArrayList<>();
        List<double[]> direct = new ArrayList<>();
        SideCpu serviceCpu = new SideCpu();
        SideCpu directCpu = new SideCpu();
        int block = 0;
        for (int done = 0; done < requests; done += BLOCK, block++) {
            int n = Math.min(BLOCK, requests - done);
            boolean serviceFirst = block % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean serviceSide = (side == 0) == serviceFirst;
                Map<String, Long> before = cpu.get();
                (serviceSide ? service : direct).add(run(clients, n, serviceSide ? this::service : this::direct, errors));
                (serviceSide ? serviceCpu : directCpu).add(before, cpu.get(), n);
            }
        }
        return new Level(clients, Percentiles.ofBlocks(service), Percentiles.ofBlocks(direct), errors.get(),
                OverheadInterval.p99Overhead95(service, direct, clients), serviceCpu.millisPerRequest(), directCpu.millisPerRequest());
    }

    private int service(int i) {
        return http.get(serviceUrls.get(i % serviceUrls.size())).status();
    }

    private int direct(int i) {
        return http.send("POST", directUrl, "application/json", directBodies.get(i % directBodies.size())).status();
    }

    /** Closed loop: each client sends its next request when the previous answered; returns latencies in ms. */
    private static double[] run(int clients, int requests, IntFunction<Integer> call, AtomicLong errors) throws InterruptedException {
        double[] millis = new double[requests];
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    long t0 = System.nanoTime();
                    int status = call.apply(i);
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
            }, "bench-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return millis;
    }
}
