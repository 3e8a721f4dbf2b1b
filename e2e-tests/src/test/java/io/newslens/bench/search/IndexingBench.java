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
 *
 * <p>Both sides are treated alike: a warm-up with the whole corpus ({@value #WARM_UP_PASSES} times for the pipeline), then {@value #REPETITIONS} timed
 * repetitions of each, alternating (pipeline, direct, pipeline, ...), and their medians; each side's input
 * is prepared before its clock starts (the baseline's _bulk bodies, the pipeline's serialised events), so
 * the clocks time Kafka, the service and Elasticsearch, not the benchmark's own JSON writing. The
 * baseline's documents are those the last warm-up pass stored. The pipeline's repetitions go into the live
 * index under their own ids; afterwards everything but the first repetition's documents is deleted
 * again, so the rest of the benchmark sees the corpus once.
 */
final class IndexingBench {

    static final String ALIAS = "articles";
    static final String PREFIX = "fnc1-";
    private static final int REPETITIONS = 3;
    private static final int WARM_UP_PASSES = 3;
    private static final List<String> VECTOR_FIELDS = List.of("embedding", "embeddingVersion");

    /**
     * One production of the corpus through the pipeline.
     *
     * @param seconds        production start until the alias counts every article (keyword-searchable)
     * @param vectorSeconds  production start until every article has its vector (NaN: no vectors)
     */
    record Pass(double seconds, double vectorSeconds, long batches) {
        int meanBatch(int articles) {
            return (int) Math.max(1, Math.round((double) articles / Math.max(1, batches)));
        }
    }

    /**
     * @param passes              the timed pipeline repetitions
     * @param bulkSeconds         direct _bulk of the documents as the indexing step wrote them (no vectors)
     * @param bulkVectorSeconds   direct _bulk of the finished documents, vectors included (empty: no vectors)
     */
    record Result(int articles, List<Pass> passes,
                  List<Double> bulkSeconds, List<Double> bulkVectorSeconds, String problem) {
        /** Median over the repetitions: production start until the alias counts every article. */
        double pipelineSeconds() {
            return median(passes.stream().map(Pass::seconds).toList());
        }

        /** Median over the repetitions: production start until every article has its vector. */
        double vectorsSeconds() {
            return median(passes.stream().map(Pass::vectorSeconds).toList());
        }

        double pipelineRate() {
            return articles / pipelineSeconds();
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
            return (articles / vectorsSeconds()) / (articles / median(bulkVectorSeconds));
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
    private final StackCpu cpu;
    private long expectedInAlias;

    IndexingBench(Http http, String esUrl, String searchUrl, String kafkaBootstrap, ServiceClasses service, StackCpu cpu) {
        this.http = http;
        this.cpu = cpu;
        this.es = esUrl;
        this.search = searchUrl;
        this.kafka = kafkaBootstrap;
        this.service = service;
    }

    Result run(List<Articles.Body> corpus, String tag, boolean expectVectors) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            expectedInAlias = count(ALIAS);
            // warm-up: the model loaded, the JITs of the service, of this producer and of Elasticsearch warm (one or
            // two passes were not enough on a freshly started stack: the repetitions after them still got faster)
            List<String> warmPrefixes = new ArrayList<>();
            Pass warm = null;
            for (int w = 1; w <= WARM_UP_PASSES; w++) {
                warmPrefixes.add("warm" + w + "-" + tag + "-");
                warm = pass(producer, corpus, warmPrefixes.get(w - 1), tag + ", warm-up " + w, expectVectors);
            }
            String warmPrefix = warmPrefixes.get(WARM_UP_PASSES - 1);
            List<String> problems = new ArrayList<>();
            Map<String, String> docs = storedDocuments(warmPrefix);
            String warmProblem = check(corpus, docs, warmPrefix);
            if (warmProblem != null) {
                problems.add("warm-up: " + warmProblem);
            }
            long withVector = docs.values().stream().filter(d -> d.contains("\"embedding\"")).count();
            System.out.printf("stored documents read back (last warm-up): %d, %d of them with an embedding vector%n",
                    docs.size() - (docs.containsKey("__duplicates__") ? 1 : 0), withVector);
            if (expectVectors ? withVector != corpus.size() : withVector > 0) {
                System.out.println("warning: expected " + (expectVectors ? "vectors" : "no vectors"));
            }
            docs.remove("__duplicates__");
            Map<String, String> indexed = new LinkedHashMap<>();
            docs.forEach((id, source) -> indexed.put(id, withoutVector(source)));
            int meanBatch = warm.meanBatch(corpus.size());
            String indexBody = indexDefinition();
            Baseline asIndexed = new Baseline(indexed, meanBatch, tag + "-as-indexed");
            Baseline finished = expectVectors ? new Baseline(docs, meanBatch, tag + "-with-vectors") : null;
            asIndexed.time(indexBody, false); // warm-up
            if (finished != null) {
                finished.time(indexBody, false);
            }

            // the two sides alternate, so a trend in the machine or in Elasticsearch's warmth hits both alike
            List<Pass> passes = new ArrayList<>();
            List<Double> bulk = new ArrayList<>();
            List<Double> bulkVectors = new ArrayList<>();
            for (int rep = 1; rep <= REPETITIONS; rep++) {
                String prefix = repetitionPrefix(rep);
                passes.add(pass(producer, corpus, prefix, tag + ", repetition " + rep, expectVectors));
                String problem = check(corpus, storedDocuments(prefix), prefix);
                if (problem != null) {
                    problems.add("repetition " + rep + ": " + problem);
                }
                bulk.add(asIndexed.time(indexBody, rep == REPETITIONS));
                if (finished != null) {
                    bulkVectors.add(finished.time(indexBody, rep == REPETITIONS));
                }
            }
            asIndexed.report(bulk);
            if (finished != null) {
                finished.report(bulkVectors);
            }
            List<String> extra = new ArrayList<>(warmPrefixes);
            for (int rep = 2; rep <= REPETITIONS; rep++) {
                extra.add(repetitionPrefix(rep));
            }
            remove(corpus, extra);
            return new Result(corpus.size(), passes, bulk, bulkVectors,
                    problems.isEmpty() ? null : String.join("; ", problems));
        }
    }

    /** Repetition 1 keeps the corpus' own ids (the later parts of the benchmark use them). */
    private static String repetitionPrefix(int rep) {
        return rep == 1 ? PREFIX : "rep" + rep + "-";
    }

    /** Produces the corpus under {@code prefix}, waits until the alias counts it (and, with vectors, until every article has one). */
    private Pass pass(KafkaProducer<String, byte[]> producer, List<Articles.Body> corpus, String prefix, String label,
                      boolean expectVectors) throws Exception {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(corpus.size());
        for (Articles.Body b : corpus) {
            String id = prefix + b.key();
            records.add(new ProducerRecord<>(Topics.ARTICLES, id, service.json(Articles.event(id, b.text()))));
        }
        String metricsBefore = metrics();
        JsonObject esBefore = indexStats(ALIAS);
        expectedInAlias += corpus.size();

        awaitNoMerges();
        Map<String, Long> cpuBefore = cpu.snapshot();
        long t0 = System.nanoTime();
        produce(producer, records);
        double produced = (System.nanoTime() - t0) / 1e9;
        awaitCount(ALIAS, expectedInAlias, 3600);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> cpuAfter = cpu.snapshot();
        String metricsAfter = metrics();
        long batches = Math.round(delta(metricsBefore, metricsAfter, "newslens_search_batch_write_seconds_count"));
        // where the pipeline's time went: inside the consumer's batch writes (mget, merge, bulk: summed over
        // the concurrent workers) and in the embedding step's model batches, during the same window
        double writeSeconds = delta(metricsBefore, metricsAfter, "newslens_search_batch_write_seconds_sum");
        double embedSeconds = delta(metricsBefore, metricsAfter, "newslens_search_embedding_batch_seconds_sum");
        System.out.printf("pipeline (%s): %d articles produced to '%s' and counted by the alias in %.2f s (%.1f/s); "
                        + "%d bulk batches written by the consumer, mean %d documents; producing took %.2f s; %s%n",
                label, corpus.size(), Topics.ARTICLES, seconds, corpus.size() / seconds, batches,
                Math.round((double) corpus.size() / Math.max(1, batches)), produced, Load.now());
        System.out.printf("  in that window: %.2f s in batch writes (mget + merge + bulk, summed over workers), "
                + "%.2f s in embedding batches (model runs and its yields to indexing); Elasticsearch: %s%n", writeSeconds,
                embedSeconds, statsDelta(esBefore, indexStats(ALIAS)));
        System.out.printf("  CPU time in that window: %s%n", StackCpu.delta(cpuBefore, cpuAfter));
        double vectorSeconds = Double.NaN;
        if (expectVectors) {
            System.out.printf("  with a vector at that moment: %d of %d%n", countWithVector(prefix), corpus.size());
            awaitVectors(prefix, corpus.size(), 3600);
            vectorSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  embedding step: every article with its vector %.2f s after production started "
                            + "(%.1f s after the last was searchable; %.1f articles/s); %s%n",
                    vectorSeconds, vectorSeconds - seconds, corpus.size() / vectorSeconds, Load.now());
        }
        return new Pass(seconds, vectorSeconds, batches);
    }

    /**
     * Deletes the documents of the given prefixes, one _bulk of deletes per prefix, refreshing (so counts are right
     * at once). By id: the core-only node has no _delete_by_query (that comes with the reindex module).
     */
    private void remove(List<Articles.Body> corpus, List<String> prefixes) {
        long deleted = 0;
        for (String prefix : prefixes) {
            StringBuilder nd = new StringBuilder();
            for (Articles.Body b : corpus) {
                nd.append("{\"delete\":{\"_id\":").append(Json.createValue(prefix + b.key())).append("}}\n");
            }
            JsonObject r = http.ok("POST", es + "/" + ALIAS + "/_bulk?refresh=true", "application/x-ndjson", nd.toString()).json();
            for (JsonValue item : r.getJsonArray("items")) {
                if (item.asJsonObject().getJsonObject("delete").getInt("status") == 200) {
                    deleted++;
                }
            }
        }
        expectedInAlias = count(ALIAS);
        System.out.printf("removed the documents of %s: %d deleted, %d left in the alias%n", prefixes, deleted, expectedInAlias);
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
        // as the services' outbox relay produces (service-support KafkaOutboxSender)
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static void produce(KafkaProducer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records)
            throws Exception {
        List<Future<?>> sent = new ArrayList<>(records.size());
        for (ProducerRecord<String, byte[]> r : records) {
            sent.add(producer.send(r));
        }
        producer.flush();
        for (Future<?> f : sent) {
            f.get();
        }
    }

    /**
     * Each timed run starts on a node that is not merging: a merge left over from the previous run (the
     * pipeline's live index keeps growing, the baseline's fresh index is deleted) would otherwise be
     * charged to whichever side comes next. Gives up after 60 s.
     */
    private void awaitNoMerges() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject merges = http.ok("GET", es + "/_stats/merge", null, null).json()
                    .getJsonObject("_all").getJsonObject("total").getJsonObject("merges");
            if (merges.getJsonNumber("current").longValue() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        System.out.println("  (Elasticsearch was still merging after 60 s; timing anyway)");
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

    /** id -> _source (as JSON text, vectors included) of every document behind the alias whose id starts with prefix. */
    private Map<String, String> storedDocuments(String prefix) {
        Map<String, String> docs = new LinkedHashMap<>();
        JsonValue after = null;
        int duplicates = 0;
        while (true) {
            JsonObjectBuilder body = Json.createObjectBuilder().add("size", 500)
                    .add("query", Json.createObjectBuilder().add("prefix", Json.createObjectBuilder().add("id", prefix)))
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
    private static String check(List<Articles.Body> corpus, Map<String, String> docs, String prefix) {
        List<String> missing = new ArrayList<>();
        for (Articles.Body b : corpus) {
            if (!docs.containsKey(prefix + b.key())) {
                missing.add(prefix + b.key());
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

    /** The direct side: the documents as prepared _bulk bodies in batches of the pipeline's size, each run into a fresh index. */
    private final class Baseline {
        private final List<String> payloads = new ArrayList<>();
        private final int documents;
        private final int batch;
        private final String tag;
        private int runs;

        Baseline(Map<String, String> docs, int batch, String tag) {
            this.documents = docs.size();
            this.batch = batch;
            this.tag = tag;
            List<Map.Entry<String, String>> all = new ArrayList<>(docs.entrySet());
            for (int from = 0; from < all.size(); from += batch) {
                StringBuilder nd = new StringBuilder();
                for (Map.Entry<String, String> d : all.subList(from, Math.min(all.size(), from + batch))) {
                    nd.append("{\"index\":{\"_id\":").append(Json.createValue(d.getKey())).append("}}\n").append(d.getValue()).append('\n');
                }
                payloads.add(nd.toString());
            }
        }

        /** Seconds from the first _bulk until the fresh index counts every document. */
        double time(String indexBody, boolean printStats) throws InterruptedException {
            String index = "bench-bulk-" + tag + "-" + runs++;
            http.ok("PUT", es + "/" + index, "application/json", indexBody);
            try {
                awaitNoMerges();
                Map<String, Long> cpuBefore = cpu.snapshot();
                long t0 = System.nanoTime();
                for (String p : payloads) {
                    Http.Answer a = http.ok("POST", es + "/" + index + "/_bulk", "application/x-ndjson", p);
                    if (a.json().getBoolean("errors")) {
                        throw new IllegalStateException("direct bulk had errors: " + Http.abbreviate(a.body()));
                    }
                }
                awaitCount(index, documents, 600);
                double s = (System.nanoTime() - t0) / 1e9;
                Map<String, Long> cpuAfter = cpu.snapshot();
                System.out.printf("direct _bulk (%s): %.2f s%s%n", tag, s, printStats ? "; Elasticsearch: "
                        + statsDelta(null, indexStats(index)) + "; CPU time: " + StackCpu.delta(cpuBefore, cpuAfter) : "");
                return s;
            } finally {
                http.send("DELETE", es + "/" + index, null, null);
            }
        }

        void report(List<Double> times) {
            System.out.printf("direct _bulk (%s): %d documents in %d batches of <= %d, %s s (warm-up excluded)%n",
                    tag, documents, payloads.size(), batch, Arrays.toString(times.stream().map(t -> String.format("%.2f", t)).toArray()));
        }
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
