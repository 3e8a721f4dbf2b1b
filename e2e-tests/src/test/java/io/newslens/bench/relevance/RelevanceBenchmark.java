package io.newslens.bench.relevance;

import io.newslens.bench.BatchIngester;
import io.newslens.test.Csv;
import io.newslens.bench.Json;
import io.newslens.localstack.LocalStack;
import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.ServiceSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * bench/relevance (issue 28): how well GET /api/search answers news headlines typed as they are, in every mode,
 * against Elasticsearch's plain {@code match} on the body, on the same index in the same run.
 * Usage: RelevanceBenchmark REPO_DIR SHARED_DIR [--labels STANCES.csv] [--hold]
 * ({@code --hold}: keep the stack up after the run until stdin closes, printing its URLs; for tuning).
 */
public final class RelevanceBenchmark {

    static final int K = 10;
    /** The modes asked for by name, and "default": no mode parameter (what a client gets without choosing). */
    static final List<String> MODES = List.of("keyword", "semantic", "hybrid", "default");
    static final String DIRECT = "direct-match";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath().normalize();
        Path shared = Path.of(args[1]).toAbsolutePath().normalize();
        Path fnc = shared.resolve("benchmarks/fnc-1");
        Path labels = fnc.resolve("train_stances.csv");
        boolean hold = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--labels" -> labels = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--hold" -> hold = true;
                default -> {
                    System.err.println("unknown argument " + args[i] + "; usage: bench/relevance [--labels STANCES.csv] [--hold]");
                    System.exit(2);
                }
            }
        }
        System.exit(new RelevanceBenchmark().run(repo, fnc, labels, hold));
    }

    private int run(Path repo, Path fnc, Path labelsCsv, boolean hold) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>(Csv.fnc1Bodies(fnc.resolve("train_bodies.csv")));
        Path test = fnc.resolve("competition_test_bodies.csv");
        if (Files.exists(test)) {
            Csv.fnc1Bodies(test).forEach(bodies::putIfAbsent); // body ids do not overlap between the two files
        }
        Labels labels = Labels.read(labelsCsv);
        System.out.printf("corpus: %d FNC-1 bodies (train_bodies.csv + competition_test_bodies.csv); labels %s: %d headlines "
                + "with a related body; cores %d%n", bodies.size(), labelsCsv, labels.related().size(),
                Runtime.getRuntime().availableProcessors());
        Path dataDir = Files.createTempDirectory("newslens-relevance-");
        try (NewslensStack stack = NewslensStack.start(LocalStack.builder(dataDir), repo, Map.of(), Map.of())) {
            stack.service(ServiceSpec.SUMMARY).stop(); // nothing here reads summaries
            String es = stack.backing().elasticsearch().orElseThrow().url();
            String search = stack.url(ServiceSpec.SEARCH);
            long t0 = System.nanoTime();
            Map<String, String> articleOfBody = new BatchIngester(http, stack.url(ServiceSpec.INGEST), stack.apiKey())
                    .ingest(bodies, "fnc1-");
            int articles = new HashSet<>(articleOfBody.values()).size();
            System.out.printf("ingested %d bodies (%d rejected) as %d articles in %.0f s%n", articleOfBody.size(),
                    bodies.size() - articleOfBody.size(), articles, (System.nanoTime() - t0) / 1e9);
            awaitIndexed(es, articles);
            System.out.printf("every article indexed with its vector after %.0f s%n", (System.nanoTime() - t0) / 1e9);

            Map<String, Set<String>> relevant = new LinkedHashMap<>();
            labels.related().forEach((headline, bodyIds) -> {
                Set<String> ids = new HashSet<>();
                bodyIds.forEach(b -> {
                    if (articleOfBody.containsKey(b)) {
                        ids.add(articleOfBody.get(b));
                    }
                });
                if (!ids.isEmpty()) {
                    relevant.put(headline, ids);
                }
            });
            Map<String, Map<Labels.Half, RankingMetrics>> metrics = evaluate(search, es, stack.apiKey(), relevant, labels);
            report(metrics, relevant.size());
            if (hold) {
                System.out.println("holding the stack: search-service " + search + ", Elasticsearch " + es
                        + ", API key in $NEWSLENS_API_KEY or printed by --hold: " + stack.apiKey() + "; close stdin to stop");
                while (System.in.read() >= 0) {
                    // wait
                }
            }
            return 0;
        } finally {
            deleteTree(dataDir);
        }
    }

    private void awaitIndexed(String es, int articles) throws Exception {
        String query = "{\"query\":{\"bool\":{\"filter\":[{\"exists\":{\"field\":\"version\"}},"
                + "{\"exists\":{\"field\":\"embeddingVersion\"}}]}}}";
        long deadline = System.nanoTime() + Duration.ofMinutes(40).toNanos();
        long count = -1;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = post(es + "/articles/_count", query);
            if (r.statusCode() == 200) {
                count = json(r.body()).getJsonNumber("count").longValue();
                if (count >= articles) {
                    post(es + "/articles/_refresh", "");
                    return;
                }
            }
            Thread.sleep(3000);
        }
        throw new IllegalStateException("only " + count + " of " + articles + " articles indexed with a vector after 40 min");
    }

    private Map<String, Map<Labels.Half, RankingMetrics>> evaluate(String search, String es, String apiKey,
                                                                  Map<String, Set<String>> relevant, Labels labels) throws Exception {
        List<String> sides = new ArrayList<>(MODES);
        sides.add(DIRECT);
        Map<String, Map<Labels.Half, RankingMetrics>> metrics = new LinkedHashMap<>();
        sides.forEach(s -> {
            Map<Labels.Half, RankingMetrics> m = new EnumMap<>(Labels.Half.class);
            for (Labels.Half h : Labels.Half.values()) {
                m.put(h, new RankingMetrics());
            }
            metrics.put(s, m);
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String side : sides) {
                List<Future<List<String>>> answers = new ArrayList<>();
                for (String headline : relevant.keySet()) {
                    answers.add(pool.submit(() -> side.equals(DIRECT) ? direct(es, headline) : service(search, apiKey, side, headline)));
                }
                int i = 0;
                for (String headline : relevant.keySet()) {
                    metrics.get(side).get(labels.half().get(headline)).add(answers.get(i++).get(), relevant.get(headline), K);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return metrics;
    }

    private List<String> service(String search, String apiKey, String mode, String headline) throws Exception {
        String url = search + "/api/search?size=" + K + "&facets=false" + (mode.equals("default") ? "" : "&mode=" + mode)
                + "&q=" + URLEncoder.encode(headline, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header(NewslensStack.API_KEY_HEADER, apiKey)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(mode + " search for \"" + headline + "\" answered " + r.statusCode() + ": " + r.body());
        }
        List<String> ids = new ArrayList<>();
        for (JsonValue hit : json(r.body()).getJsonArray("hits")) {
            ids.add(hit.asJsonObject().getString("id"));
        }
        return ids;
    }

    private List<String> direct(String es, String headline) throws Exception {
        HttpResponse<String> r = post(es + "/articles/_search", "{\"query\":{\"match\":{\"text\":" + Json.quote(headline)
                + "}},\"size\":" + K + ",\"_source\":false}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Elasticsearch answered " + r.statusCode() + ": " + r.body());
        }
        List<String> ids = new ArrayList<>();
        for (JsonValue hit : json(r.body()).getJsonObject("hits").getJsonArray("hits")) {
            ids.add(hit.asJsonObject().getString("_id"));
        }
        return ids;
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String s) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(s))) {
            return reader.readObject();
        }
    }

    private static void report(Map<String, Map<Labels.Half, RankingMetrics>> metrics, int queries) {
        System.out.println();
        System.out.printf("%d headlines sent verbatim, top %d; relevant = agree/disagree/discuss; tune/check = halves by claim group%n",
                queries, K);
        System.out.printf("%-13s %-6s %6s %8s %8s %8s %9s %11s%n", "side", "half", "n", "nDCG@10", "recall", "MRR@10", "zero-hit", "nDCG/match");
        Map<String, RankingMetrics> all = new LinkedHashMap<>();
        metrics.forEach((side, byHalf) -> all.put(side, merged(byHalf)));
        RankingMetrics direct = all.get(DIRECT);
        metrics.forEach((side, byHalf) -> {
            line(side, "tune", byHalf.get(Labels.Half.TUNE), metrics.get(DIRECT).get(Labels.Half.TUNE));
            line(side, "check", byHalf.get(Labels.Half.CHECK), metrics.get(DIRECT).get(Labels.Half.CHECK));
            line(side, "all", all.get(side), direct);
        });
        System.out.println();
        all.forEach((side, m) -> {
            String name = side.replace('-', '_');
            System.out.printf(Locale.ROOT, "figure ndcg10_%s %.4f%n", name, m.ndcg());
            System.out.printf(Locale.ROOT, "figure recall10_%s %.4f%n", name, m.recall());
            System.out.printf(Locale.ROOT, "figure mrr10_%s %.4f%n", name, m.mrr());
            System.out.printf(Locale.ROOT, "figure zero_hit_%s %.2f %%%n", name, 100 * m.zeroHitRate());
            if (!side.equals(DIRECT)) {
                System.out.printf(Locale.ROOT, "figure ndcg10_ratio_%s %.3f%n", name, m.ndcg() / direct.ndcg());
            }
        });
        double hybrid = all.get("hybrid").ndcg() / direct.ndcg();
        double keyword = all.get("keyword").ndcg() / direct.ndcg();
        System.out.printf(Locale.ROOT, "goal ndcg10_ratio_hybrid >= 1.10 %s%n", hybrid >= 1.10 ? "met" : "missed");
        System.out.printf(Locale.ROOT, "goal ndcg10_ratio_keyword >= 1.00 %s%n", keyword >= 1.00 ? "met" : "missed");
        for (String mode : MODES) {
            System.out.printf(Locale.ROOT, "goal zero_hit_%s <= 1 %% %s%n", mode, all.get(mode).zeroHitRate() <= 0.01 ? "met" : "missed");
        }
    }

    private static RankingMetrics merged(Map<Labels.Half, RankingMetrics> byHalf) {
        return RankingMetrics.merge(byHalf.values());
    }

    private static void line(String side, String half, RankingMetrics m, RankingMetrics direct) {
        System.out.printf(Locale.ROOT, "%-13s %-6s %6d %8.4f %8.4f %8.4f %8.2f%% %11s%n", side, half, m.queries(), m.ndcg(), m.recall(),
                m.mrr(), 100 * m.zeroHitRate(), side.equals(DIRECT) ? "-" : String.format(Locale.ROOT, "%.3f", m.ndcg() / direct.ndcg()));
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // temp dir
        }
    }
}
