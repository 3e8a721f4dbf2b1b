package io.newslens.bench;

import io.newslens.localstack.BackingService;
import io.newslens.localstack.LocalStack;
import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.SeedIngester;
import io.newslens.localstack.services.ServiceSpec;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bench/footprint: memory and start-up of every process of the stack, from a clean state, while
 * ingesting the seeds and the FNC-1 training bodies, and under a mixed search load.
 * Usage: FootprintBenchmark REPO_DIR SHARED_DIR [SEARCH_SECONDS]
 */
public final class FootprintBenchmark {

    private static final String[] QUERIES = {"Russia", "NATO alliance", "Shanghai Cooperation Organization", "Islamic State",
            "\"Apple Watch\"", "ebola outbreak", "North Korea", "hostage video", "Kim Jong Un", "president election",
            "climate", "police shooting", "China economy", "missing plane", "Putin", "Google"};
    private static final String[] SEMANTIC = {"military pact between eastern powers", "a deadly virus spreading in Africa",
            "smartphone maker launches new device", "militants executing a prisoner", "aircraft disappeared over the ocean"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath().normalize();
        Path shared = Path.of(args[1]).toAbsolutePath().normalize();
        int searchSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        new FootprintBenchmark().run(repo, shared, searchSeconds);
    }

    private void run(Path repo, Path shared, int searchSeconds) throws Exception {
        train(repo, shared);
        Path dataDir = Files.createTempDirectory("newslens-footprint-");
        Map<String, String> fnc = io.newslens.test.Csv.fnc1Bodies(shared.resolve("benchmarks/fnc-1/train_bodies.csv"));
        System.out.printf("corpus: %d seed pages + %d FNC-1 training bodies; cores %d; data %s%n",
                countSeeds(shared), fnc.size(), Runtime.getRuntime().availableProcessors(), dataDir);
        try (NewslensStack stack = NewslensStack.start(LocalStack.builder(dataDir), repo, Map.of(), Map.of());
             MemorySampler sampler = new MemorySampler()) {
            for (BackingService b : stack.backing().all()) {
                sampler.watch(b.name(), () -> b.pid().orElse(-1), null);
            }
            for (ServiceSpec spec : ServiceSpec.values()) {
                sampler.watch(spec.module(), () -> stack.service(spec).pid(), stack.url(spec) + "/q/metrics");
            }
            sampler.start();
            sampler.phase("idle");
            Thread.sleep(5000);
            Map<String, Long> idle = new java.util.LinkedHashMap<>();
            for (String name : names(stack)) {
                idle.put(name, sampler.currentRss(name));
            }

            sampler.phase("ingest");
            long t0 = System.nanoTime();
            Set<String> ids = new LinkedHashSet<>();
            if (Files.isDirectory(shared.resolve("corpus/seeds"))) {
                ids.addAll(new SeedIngester(stack.url(ServiceSpec.INGEST), stack.url(ServiceSpec.SEARCH), stack.apiKey())
                        .ingestFolder(shared.resolve("corpus/seeds")).values());
            }
            ids.addAll(ingestBatches(stack.url(ServiceSpec.INGEST), stack.apiKey(), fnc, ""));
            awaitAll(stack, ids);
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("ingested %d distinct articles, all searchable and summarised, in %.1f s%n", ids.size(), ingestSeconds);

            sampler.phase("search");
            SearchLoad load = searchLoad(stack.url(ServiceSpec.SEARCH), Duration.ofSeconds(searchSeconds));
            System.out.printf("search load: %d requests in %d s (4 clients, closed loop), %d errors%n",
                    load.requests(), searchSeconds, load.errors());

            sampler.phase("ingest2");
            Set<String> second = new LinkedHashSet<>(ingestBatches(stack.url(ServiceSpec.INGEST), stack.apiKey(), fnc, "Second edition. "));
            awaitAll(stack, second);
            sampler.phase("done");
            System.out.printf("second pass: %d more articles ingested, searchable and summarised%n", second.size());

            report(stack, sampler, idle);
            if (load.errors() > 0) {
                System.out.println("search errors during the load: a correctness check failed");
                System.exit(1);
            }
        } finally {
            deleteTree(dataDir);
        }
    }

    /**
     * A short run on the seeds so that each service jar has its start-up class-data cache (see
     * ClassDataCache in local-stack), as a deployment would after its first start; skipped when the
     * caches exist. The measured run below then starts from a clean state with those caches.
     */
    private void train(Path repo, Path shared) throws Exception {
        Path dataDir = Files.createTempDirectory("newslens-footprint-training-");
        long t0 = System.nanoTime();
        try (NewslensStack stack = NewslensStack.start(LocalStack.builder(dataDir), repo, Map.of(), Map.of())) {
            boolean training = false;
            for (ServiceSpec spec : ServiceSpec.values()) {
                training |= stack.service(spec).trainsClassDataCache();
            }
            if (!training) {
                System.out.println("training run: every service already has its class-data cache");
                return;
            }
            Set<String> ids = new LinkedHashSet<>(new SeedIngester(stack.url(ServiceSpec.INGEST), stack.url(ServiceSpec.SEARCH), stack.apiKey())
                    .ingestFolder(shared.resolve("corpus/seeds")).values());
            awaitAll(stack, ids);
            for (int i = 0; i < 40; i++) {
                ok(stack.url(ServiceSpec.SEARCH) + "/api/search?" + query(i));
            }
            System.out.print("training run: seeds ingested, 40 searches; stopping to write the class-data caches ... ");
        } finally {
            deleteTree(dataDir);
        }
        System.out.printf(Locale.ROOT, "done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private void report(NewslensStack stack, MemorySampler s, Map<String, Long> idle) {
        Map<String, Duration> startup = new java.util.LinkedHashMap<>(stack.backing().startupTimes());
        for (ServiceSpec spec : ServiceSpec.values()) {
            startup.put(spec.module(), stack.service(spec).lastStartup());
        }
        System.out.println();
        System.out.printf("%-16s %9s %10s %12s %12s %12s %11s%n", "process", "ready s", "idle MB", "ingest MB", "search MB", "2nd ingest MB", "heap MB");
        for (String name : names(stack)) {
            System.out.printf(Locale.ROOT, "%-16s %9.2f %10d %12d %12d %12d %11s%n", name, startup.get(name).toMillis() / 1000.0,
                    mb(idle.get(name)), mb(s.peakRss("ingest", name)), mb(s.peakRss("search", name)), mb(s.peakRss("ingest2", name)),
                    s.peakHeap(name) > 0 ? Long.toString(mb(s.peakHeap(name))) : "-");
        }
        System.out.println();
        System.out.printf("%-16s %12s %12s %12s   (average cores busy)%n", "process", "ingest", "search", "2nd ingest");
        for (String name : names(stack)) {
            System.out.printf(Locale.ROOT, "%-16s %12.2f %12.2f %12.2f%n", name, s.cores("ingest", name), s.cores("search", name),
                    s.cores("ingest2", name));
        }
        for (ServiceSpec spec : ServiceSpec.values()) {
            System.out.printf("jvm options %s: %s (environment %s)%n", spec.module(), String.join(" ", stack.service(spec).jvmOptions()),
                    stack.service(spec).environment());
        }
        System.out.println();
        for (String name : names(stack)) {
            System.out.printf(Locale.ROOT, "figure ready_%s %.2f s%n", name, startup.get(name).toMillis() / 1000.0);
            System.out.printf("figure idle_rss_%s %d MB%n", name, mb(idle.get(name)));
            System.out.printf("figure peak_rss_ingest_%s %d MB%n", name, mb(s.peakRss("ingest", name)));
            System.out.printf("figure peak_rss_search_%s %d MB%n", name, mb(s.peakRss("search", name)));
            System.out.printf("figure peak_rss_ingest2_%s %d MB%n", name, mb(s.peakRss("ingest2", name)));
            if (s.peakHeap(name) > 0) {
                System.out.printf("figure peak_heap_%s %d MB%n", name, mb(s.peakHeap(name)));
            }
            System.out.printf(Locale.ROOT, "figure cpu_ingest_%s %.2f cores%n", name, s.cores("ingest", name));
            System.out.printf(Locale.ROOT, "figure cpu_search_%s %.2f cores%n", name, s.cores("search", name));
        }
        long total = s.peakTotal();
        System.out.printf("figure stack_peak_rss %d MB%n", mb(total));
        for (ServiceSpec spec : ServiceSpec.values()) {
            double secs = startup.get(spec.module()).toMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "goal ready_%s <= 3 s %s%n", spec.module(), secs <= 3 ? "met" : "missed");
        }
        goalMb("peak_rss_ingest-service", peak(s, "ingest-service"), 300);
        goalMb("peak_rss_search-service", peak(s, "search-service"), 600);
        goalMb("peak_rss_summary-service", peak(s, "summary-service"), 600);
        goalMb("stack_peak_rss", total, 3584);
        for (ServiceSpec spec : ServiceSpec.values()) {
            // the first peak is the high-water mark before the second pass (ingest and search load):
            // a JVM keeps what it touched, so the second pass is compared with all of it
            long first = Math.max(s.peakRss("ingest", spec.module()), s.peakRss("search", spec.module()));
            long second = s.peakRss("ingest2", spec.module());
            double growth = first == 0 ? 0 : (double) (second - first) / first;
            System.out.printf(Locale.ROOT, "figure peak_growth_2x_corpus_%s %.1f %%%n", spec.module(), growth * 100);
            System.out.printf("goal peak_growth_2x_corpus_%s <= 10 %% %s%n", spec.module(), growth <= 0.10 ? "met" : "missed");
        }
    }

    private static long peak(MemorySampler s, String name) {
        return Math.max(Math.max(s.peakRss("ingest", name), s.peakRss("search", name)), s.peakRss("ingest2", name));
    }

    private static void goalMb(String name, long bytes, long limitMb) {
        System.out.printf("goal %s <= %d MB %s%n", name, limitMb, mb(bytes) <= limitMb ? "met" : "missed");
    }

    private static List<String> names(NewslensStack stack) {
        List<String> names = new ArrayList<>();
        stack.backing().all().forEach(b -> names.add(b.name()));
        for (ServiceSpec spec : ServiceSpec.values()) {
            names.add(spec.module());
        }
        return names;
    }

    private List<String> ingestBatches(String ingestUrl, String apiKey, Map<String, String> bodies, String prefix) throws Exception {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        bodies.forEach((id, text) -> texts.put(id, prefix + text));
        return new ArrayList<>(new BatchIngester(http, ingestUrl, apiKey)
                .ingest(texts, "fnc1-" + (prefix.isEmpty() ? "" : "2-")).values());
    }

    private void awaitAll(NewslensStack stack, Set<String> ids) throws InterruptedException {
        List<String> pendingSearch = new ArrayList<>(ids);
        List<String> pendingSummary = new ArrayList<>(ids);
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (!pendingSearch.isEmpty() || !pendingSummary.isEmpty()) {
            pendingSearch.removeIf(id -> ok(stack.url(ServiceSpec.SEARCH) + "/api/articles/" + id));
            pendingSummary.removeIf(id -> ok(stack.url(ServiceSpec.SUMMARY) + "/api/summaries/" + id));
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not searchable: " + pendingSearch.size() + ", not summarised: " + pendingSummary.size());
            }
            if (!pendingSearch.isEmpty() || !pendingSummary.isEmpty()) {
                Thread.sleep(2000);
            }
        }
    }

    private boolean ok(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    record SearchLoad(long requests, long errors) {
    }

    private SearchLoad searchLoad(String searchUrl, Duration duration) throws InterruptedException {
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                long i = client;
                while (System.nanoTime() < end) {
                    String url = searchUrl + "/api/search?" + query(i++);
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    requests.incrementAndGet();
                }
            });
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) {
            t.join();
        }
        return new SearchLoad(requests.get(), errors.get());
    }

    /** Cycles keyword, semantic, hybrid and faceted queries. */
    private static String query(long i) {
        String q = enc(QUERIES[(int) (i % QUERIES.length)]);
        return switch ((int) (i % 4)) {
            case 0 -> "q=" + q + "&mode=keyword";
            case 1 -> "q=" + enc(SEMANTIC[(int) (i % SEMANTIC.length)]) + "&mode=semantic";
            case 2 -> "q=" + q + "&mode=hybrid";
            default -> "q=" + q + "&facets=true&histogram=month";
        };
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long mb(Long bytes) {
        return bytes == null ? 0 : bytes / (1024 * 1024);
    }

    private static int countSeeds(Path shared) {
        try (var files = Files.list(shared.resolve("corpus/seeds"))) {
            return (int) files.count();
        } catch (Exception e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // temp dir
        }
    }
}
