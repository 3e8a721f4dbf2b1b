package io.newslens.bench.search;

import io.newslens.common.events.Topics;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;

/**
 * Part 1: the corpus produced to {@code articles} until the alias counts it all (every article indexed
 * and searchable by keyword), against a direct {@code _bulk} of the very documents the pipeline's
 * indexing step stored (read back, without the vectors the embedding step adds afterwards) into a
 * fresh index with the live index's settings and mapping, on the same node, in batches of the
 * pipeline's size. The embedding step is timed on its own: from the start of production until every
 * article has its vector; and the finished documents (vectors included) are bulk-loaded too, for the
 * ratio of the whole two-step pipeline against loading precomputed vectors.
 */
final class IndexingBench {

    static final String ALIAS = "articles";
    static final String PREFIX = "fnc1-";
    private static final int WARM_UP_ARTICLES = 40;
    private static final int BULK_REPETITIONS = 3;
    private static final List<String> VECTOR_FIELDS = List.of("embedding", "embeddingVersion");

    /**
     * @param pipelineSeconds     production start until the alias counts every article (keyword-searchable)
     * @param vectorsSeconds      production start until every article has its vector (NaN: no vectors)
     * @param bulkSeconds         direct _bulk of the documents as the indexing step wrote them (no vectors)
     * @param bulkVectorSeconds   direct _bulk of the finished documents, vectors included (empty: no vectors)
     */
    record Result(int articles, double pipelineSeconds, double vectorsSeconds, int meanBatch, long batches,
                  List<Double> bulkSeconds, List<Double> bulkVectorSeconds, String problem) {
        double pipelineRate() {
            return articles / pipelineSeconds;
        }

        double bulkRate() {
            return articles / median(bulkSeconds);
        }

        /** The indexing ratio of issue 4: same documents, same node, pipeline against direct _bulk. */
        double ratio() {
            return pipelineRate() / bulkRate();
        }

        boolean vectors() {
            return !bulkVectorSeconds.isEmpty();
        }

        /** Whole pipeline (until the last vector) against a _bulk of the finished documents with precomputed vectors. */
        double ratioWithVectors() {
            return (articles / vectorsSeconds) / (articles / median(bulkVectorSeconds));
        }

        double bulkVectorRate() {
            return articles / median(bulkVectorSeconds);
        }

        static double median(List<Double> xs) {
            double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return s[s.length / 2];
        }
    }

    private final Http http;
    private final String es;
    private final String search;
    private final String kafka;
    private final ServiceClasses service;

    IndexingBench(Http http, String esUrl, String searchUrl, String kafkaBootstrap, ServiceClasses service) {
        this.http = http;
        this.es = esUrl;
        this.search = searchUrl;
        this.kafka = kafkaBootstrap;
        this.service = service;
    }

    Result run(List<Articles.Body> corpus, String tag, boolean expectVectors) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            // warm-up: model loaded, JIT and ES warm before the clock starts
            List<Articles.Body> warm = corpus.subList(0, Math.min(WARM_UP_ARTICLES, corpus.size()));
            produce(producer, warm, "warm-" + tag + "-");
            awaitCount(ALIAS, warm.size(), 600);
            if (expectVectors) {
                awaitVectors("warm-" + tag + "-", warm.size(), 600);
            }
            String metricsBefore = metrics();
            JsonObject esBefore = indexStats(ALIAS);

            long t0 = System.nanoTime();
            produce(producer, corpus, PREFIX);
            double produced = (System.nanoTime() - t0) / 1e9;
            awaitCount(ALIAS, warm.size() + corpus.size(), 3600);
            double seconds = (System.nanoTime() - t0) / 1e9;
            String metricsAfter = metrics();
            long batches = Math.round(delta(metricsBefore, metricsAfter, "newslens_search_batch_write_seconds_count"));
            int meanBatch = (int) Math.max(1, Math.round((double) corpus.size() / Math.max(1, batches)));
            // where the pipeline's time went: inside the consumer's batch writes (mget, merge, bulk: summed over
            // the concurrent workers) and in the embedding step's model batches, during the same window
            double writeSeconds = delta(metricsBefore, metricsAfter, "newslens_search_batch_write_seconds_sum");
            double embedSeconds = delta(metricsBefore, metricsAfter, "newslens_search_embedding_batch_seconds_sum");
            System.out.printf("pipeline (%s): %d articles produced to '%s' and counted by the alias in %.2f s (%.1f/s); "
                            + "%d bulk batches written by the consumer, mean %d documents; producing took %.2f s; %s%n",
                    tag, corpus.size(), Topics.ARTICLES, seconds, corpus.size() / seconds, batches, meanBatch, produced, Load.now());
            System.out.printf("  in that window: %.2f s in batch writes (mget + merge + bulk, summed over workers), "
                    + "%.2f s in embedding batches; Elasticsearch: %s%n", writeSeconds, embedSeconds,
                    statsDelta(esBefore, indexStats(ALIAS)));
            double vectorSeconds = Double.NaN;
            if (expectVectors) {
                System.out.printf("  with a vector at that moment: %d of %d%n", countWithVector(PREFIX), corpus.size());
                awaitVectors(PREFIX, corpus.size(), 3600);
                vectorSeconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("embedding step (%s): every article with its vector %.2f s after production started "
                                + "(%.1f s after the last was searchable; %.1f articles/s); %s%n",
                        tag, vectorSeconds, vectorSeconds - seconds, corpus.size() / vectorSeconds, Load.now());
            }

            Map<String, String> docs = storedDocuments();
            String problem = check(corpus, docs);
            long withVector = docs.values().stream().filter(d -> d.contains("\"embedding\"")).count();
            System.out.printf("stored documents read back: %d, %d of them with an embedding vector%n",
                    docs.size() - (docs.containsKey("__duplicates__") ? 1 : 0), withVector);
            if (expectVectors ? withVector != corpus.size() : withVector > 0) {
                System.out.println("warning: expected " + (expectVectors ? "vectors" : "no vectors"));
            }
            docs.remove("__duplicates__");
            Map<String, String> indexed = new LinkedHashMap<>();
            docs.forEach((id, source) -> indexed.put(id, withoutVector(source)));
            List<Double> bulk = baseline(indexed, meanBatch, tag + "-as-indexed");
            List<Double> bulkVectors = expectVectors ? baseline(docs, meanBatch, tag + "-with-vectors") : List.of();
            return new Result(corpus.size(), seconds, vectorSeconds, meanBatch, batches, bulk, bulkVectors, problem);
        }
    }

    /** The document as the indexing step writes it: the embedding step's fields removed. */
    private static String withoutVector(String source) {
        JsonObject o;
        try (var reader = Json.createReader(new java.io.StringReader(source))) {
            o = reader.readObject();
        }
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        VECTOR_FIELDS.forEach(b::remove);
        return b.build().toString();
    }

    private long countWithVector(String prefix) {
        String body = Json.createObjectBuilder().add("query", Json.createObjectBuilder().add("bool", Json.createObjectBuilder()
                .add("filter", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("prefix", Json.createObjectBuilder().add("id", prefix)))
                        .add(Json.createObjectBuilder().add("exists", Json.createObjectBuilder().add("field", "embeddingVersion"))))))
                .build().toString();
        Http.Answer a = http.send("POST", es + "/" + ALIAS + "/_count", "application/json", body);
        return a.status() == 200 ? a.json().getJsonNumber("count").longValue() : -1;
    }

    private void awaitVectors(String prefix, long expected, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long n;
        while ((n = countWithVector(prefix)) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(n + " of " + expected + " articles with a vector after " + timeoutSeconds + " s");
            }
            Thread.sleep(100);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // as ingest-service's outbox relay produces (KafkaArticlePublisher)
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private void produce(KafkaProducer<String, byte[]> producer, List<Articles.Body> bodies, String prefix) throws Exception {
        List<Future<?>> sent = new ArrayList<>();
        for (Articles.Body b : bodies) {
            String id = prefix + b.key();
            sent.add(producer.send(new ProducerRecord<>(Topics.ARTICLES, id, service.json(Articles.event(id, b.text())))));
        }
        producer.flush();
        for (Future<?> f : sent) {
            f.get();
        }
    }

    long count(String index) {
        Http.Answer a = http.get(es + "/" + index + "/_count");
        return a.status() == 200 ? a.json().getJsonNumber("count").longValue() : -1;
    }

    void awaitCount(String index, long expected, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long n;
        while ((n = count(index)) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(index + " counts " + n + " of " + expected + " after " + timeoutSeconds + " s");
            }
            Thread.sleep(50);
        }
    }

    /** One snapshot of search-service's Prometheus metrics. */
    private String metrics() {
        return http.get(search + "/q/metrics").body();
    }

    /** How much the metric {@code name} (summed over its tags) grew between two snapshots. */
    private static double delta(String before, String after, String name) {
        return metric(after, name) - metric(before, name);
    }

    private static double metric(String snapshot, String name) {
        double sum = 0;
        for (String line : snapshot.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** id -> _source (as JSON text, vectors included) of every benchmark document behind the alias, by search_after. */
    private Map<String, String> storedDocuments() {
        Map<String, String> docs = new LinkedHashMap<>();
        JsonValue after = null;
        int duplicates = 0;
        while (true) {
            JsonObjectBuilder body = Json.createObjectBuilder().add("size", 500)
                    .add("query", Json.createObjectBuilder().add("prefix", Json.createObjectBuilder().add("id", PREFIX)))
                    .add("sort", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "asc")));
            if (after != null) {
                body.add("search_after", after);
            }
            JsonArray hits = http.ok("POST", es + "/" + ALIAS + "/_search", "application/json", body.build().toString())
                    .json().getJsonObject("hits").getJsonArray("hits");
            if (hits.isEmpty()) {
                break;
            }
            for (JsonValue v : hits) {
                JsonObject h = v.asJsonObject();
                if (docs.put(h.getString("_id"), h.getJsonObject("_source").toString()) != null) {
                    duplicates++;
                }
                after = h.getJsonArray("sort");
            }
        }
        if (duplicates > 0) {
            docs.put("__duplicates__", Integer.toString(duplicates));
        }
        return docs;
    }

    /** null when every article is stored exactly once, else what is wrong. */
    private static String check(List<Articles.Body> corpus, Map<String, String> docs) {
        List<String> missing = new ArrayList<>();
        for (Articles.Body b : corpus) {
            if (!docs.containsKey(PREFIX + b.key())) {
                missing.add(PREFIX + b.key());
            }
        }
        String dup = docs.get("__duplicates__");
        int extra = docs.size() - (dup == null ? 0 : 1) - (corpus.size() - missing.size());
        if (missing.isEmpty() && dup == null && extra == 0) {
            return null;
        }
        return "lost " + missing.size() + " " + missing.subList(0, Math.min(5, missing.size())) + ", duplicated "
                + (dup == null ? 0 : dup) + ", unexpected " + extra;
    }

    /** One warm-up bulk then {@value #BULK_REPETITIONS} timed ones, each into a fresh index. */
    private List<Double> baseline(Map<String, String> docs, int batch, String tag) {
        docs.remove("__duplicates__");
        String indexBody = indexDefinition();
        List<String> payloads = new ArrayList<>();
        List<Map.Entry<String, String>> all = new ArrayList<>(docs.entrySet());
        for (int from = 0; from < all.size(); from += batch) {
            StringBuilder nd = new StringBuilder();
            for (Map.Entry<String, String> d : all.subList(from, Math.min(all.size(), from + batch))) {
                nd.append("{\"index\":{\"_id\":").append(Json.createValue(d.getKey())).append("}}\n").append(d.getValue()).append('\n');
            }
            payloads.add(nd.toString());
        }
        List<Double> times = new ArrayList<>();
        for (int rep = 0; rep <= BULK_REPETITIONS; rep++) {
            String index = "bench-bulk-" + tag + "-" + rep;
            http.ok("PUT", es + "/" + index, "application/json", indexBody);
            try {
                long t0 = System.nanoTime();
                for (String p : payloads) {
                    Http.Answer a = http.ok("POST", es + "/" + index + "/_bulk", "application/x-ndjson", p);
                    if (a.json().getBoolean("errors")) {
                        throw new IllegalStateException("direct bulk had errors: " + Http.abbreviate(a.body()));
                    }
                }
                awaitCount(index, docs.size(), 600);
                double s = (System.nanoTime() - t0) / 1e9;
                if (rep > 0) {
                    times.add(s);
                }
                if (rep == BULK_REPETITIONS) {
                    System.out.printf("  last direct _bulk (%s), Elasticsearch: %s%n", tag, statsDelta(null, indexStats(index)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                http.send("DELETE", es + "/" + index, null, null);
            }
        }
        System.out.printf("direct _bulk (%s): %d documents in %d batches of <= %d, %s s (warm-up excluded)%n",
                tag, docs.size(), payloads.size(), batch, Arrays.toString(times.stream().map(t -> String.format("%.2f", t)).toArray()));
        return times;
    }

    /** The live index's analysis settings, shard layout, refresh interval and mapping. */
    private String indexDefinition() {
        JsonObject settings = first(http.ok("GET", es + "/" + ALIAS + "/_settings", null, null).json())
                .getJsonObject("settings").getJsonObject("index");
        JsonObject mappings = first(http.ok("GET", es + "/" + ALIAS + "/_mapping", null, null).json()).getJsonObject("mappings");
        JsonObjectBuilder index = Json.createObjectBuilder();
        for (String key : List.of("number_of_shards", "number_of_replicas", "refresh_interval", "analysis")) {
            if (settings.containsKey(key)) {
                index.add(key, settings.get(key));
            }
        }
        return Json.createObjectBuilder().add("settings", Json.createObjectBuilder().add("index", index))
                .add("mappings", mappings).build().toString();
    }

    /** Primary-shard totals of an index (or of the index behind an alias): indexing, get, refresh, merge and flush. */
    private JsonObject indexStats(String index) {
        JsonObject all = http.ok("GET", es + "/" + index + "/_stats/indexing,get,refresh,merge,flush", null, null).json();
        return all.getJsonObject("_all").getJsonObject("primaries");
    }

    /** What Elasticsearch did between two stats snapshots (before may be null: since the index was created). */
    private static String statsDelta(JsonObject before, JsonObject after) {
        String[][] fields = {
                {"indexing", "index_total", "index_time_in_millis"},
                {"get", "total", "time_in_millis"},
                {"refresh", "total", "total_time_in_millis"},
                {"merges", "total", "total_time_in_millis"},
                {"flush", "total", "total_time_in_millis"}};
        StringBuilder out = new StringBuilder();
        for (String[] f : fields) {
            long count = stat(after, f[0], f[1]) - (before == null ? 0 : stat(before, f[0], f[1]));
            long millis = stat(after, f[0], f[2]) - (before == null ? 0 : stat(before, f[0], f[2]));
            out.append(out.isEmpty() ? "" : ", ").append(f[0]).append(' ').append(count).append(" in ").append(millis).append(" ms");
        }
        return out.toString();
    }

    private static long stat(JsonObject stats, String section, String field) {
        JsonObject s = stats.getJsonObject(section);
        return s == null || !s.containsKey(field) ? 0 : s.getJsonNumber(field).longValue();
    }

    private static JsonObject first(JsonObject byIndex) {
        return byIndex.getJsonObject(byIndex.keySet().iterator().next());
    }
}
