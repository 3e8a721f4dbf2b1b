package io.newslens.search.embedding;

import io.newslens.test.Csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Offline comparison of embedding models and of what of an article is embedded (issue 28), without a stack:
 * FNC-1 bodies and headlines, exact cosine top 10, nDCG@10 (binary gain). The text is the body's first
 * {@code chars} characters (the stack embeds title + lead paragraphs, which ingest finds; this is its stand-in).
 * Usage: EmbeddingRelevanceProbe FNC1_DIR minilm|bge CHARS [CHUNKS [mean|max]]
 * (CHUNKS &gt; 1: that many consecutive pieces of CHARS characters, their vectors averaged ({@code mean}, the
 * default) or each kept, a body then scoring its best piece ({@code max}: passage-level max-sim)).
 */
public final class EmbeddingRelevanceProbe {

    public static void main(String[] args) throws Exception {
        Path fnc = Path.of(args[0]);
        String model = args[1];
        int chars = Integer.parseInt(args[2]);
        int chunks = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        boolean maxSim = args.length > 4 && args[4].equals("max");
        MiniLmEncoder encoder = model.equals("bge")
                ? MiniLmEncoder.fromClassPath("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", MiniLmEncoder.Pooling.CLS, 512)
                : MiniLmEncoder.fromClassPath();
        String queryPrefix = model.equals("bge") ? "Represent this sentence for searching relevant passages: " : "";
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String f : List.of("train_bodies.csv", "competition_test_bodies.csv")) {
            List<List<String>> rows = Csv.rows(fnc.resolve(f));
            rows.subList(1, rows.size()).forEach(r -> bodies.put(r.get(0), r.get(1)));
        }
        Map<String, Set<String>> related = new LinkedHashMap<>();
        List<List<String>> stances = Csv.rows(fnc.resolve("train_stances.csv"));
        for (List<String> r : stances.subList(1, stances.size())) {
            if (r.size() >= 3 && !r.get(2).equals("unrelated")) {
                related.computeIfAbsent(r.get(0), h -> new java.util.HashSet<>()).add(r.get(1));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(1);
        long t0 = System.nanoTime();
        List<String> ids = new ArrayList<>(bodies.keySet());
        List<Future<List<float[]>>> fs = new ArrayList<>();
        for (String id : ids) {
            String body = bodies.get(id);
            fs.add(pool.submit(() -> {
                List<float[]> pieces = new ArrayList<>();
                for (int c = 0; c < chunks; c++) {
                    int from = Math.min(body.length(), c * chars);
                    String piece = body.substring(from, Math.min(body.length(), from + chars));
                    if (piece.isBlank() && c > 0) {
                        break;
                    }
                    pieces.add(encoder.embedIfReadable(piece).orElseGet(() -> encoder.embed("-")));
                }
                if (maxSim) {
                    return pieces;
                }
                float[] sum = new float[EmbeddingService.DIMENSIONS];
                for (float[] v : pieces) {
                    for (int d = 0; d < sum.length; d++) {
                        sum[d] += v[d];
                    }
                }
                return List.of(MiniLmEncoder.normalized(sum));
            }));
        }
        Map<String, List<float[]>> vectors = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            vectors.put(ids.get(i), fs.get(i).get());
        }
        double bodySeconds = (System.nanoTime() - t0) / 1e9;
        double ndcg = 0;
        for (Map.Entry<String, Set<String>> e : related.entrySet()) {
            float[] q = encoder.embed(queryPrefix + e.getKey());
            List<Map.Entry<String, Double>> scored = new ArrayList<>();
            vectors.forEach((id, pieces) -> {
                double best = Double.NEGATIVE_INFINITY;
                for (float[] v : pieces) {
                    double dot = 0;
                    for (int d = 0; d < v.length; d++) {
                        dot += q[d] * v[d];
                    }
                    best = Math.max(best, dot);
                }
                scored.add(Map.entry(id, best));
            });
            scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            double dcg = 0;
            for (int i = 0; i < 10; i++) {
                if (e.getValue().contains(scored.get(i).getKey())) {
                    dcg += 1 / (Math.log(i + 2) / Math.log(2));
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(10, e.getValue().size()); i++) {
                ideal += 1 / (Math.log(i + 2) / Math.log(2));
            }
            ndcg += dcg / ideal;
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%s chars %d chunks %d%s: nDCG@10 %.4f over %d headlines; %.1f bodies/s on one thread%n",
                model, chars, chunks, maxSim ? " max-sim" : "", ndcg / related.size(), related.size(), bodies.size() / bodySeconds);
    }
}
