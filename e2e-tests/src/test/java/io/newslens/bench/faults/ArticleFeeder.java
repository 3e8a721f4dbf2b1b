package io.newslens.bench.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of POST /api/articles/batch as a careful producer would be: NDJSON batches, and every item
 * that was not acknowledged (transport error, 5xx for the batch or the line) is sent again until the
 * deadline. Only lines answered 200/201 with an id count as accepted.
 */
final class ArticleFeeder {

    private static final Pattern LINE = Pattern.compile("\"line\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    record Item(String externalId, String text) {
    }

    /** The ingest instances up now; batches go to them in turn, as a Kubernetes Service spreads requests. */
    private final Supplier<List<String>> ingestUrls;
    private final AtomicInteger nextInstance = new AtomicInteger();
    private final String apiKey;
    private final int batchSize;
    private final Duration deadline;
    /** externalId -> every article id the service acknowledged for it (more than one = a duplicate). */
    private final Map<String, Set<String>> acks = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Integer> rejected = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicInteger resends = new AtomicInteger();
    private final AtomicInteger failedRequests = new AtomicInteger();
    private volatile boolean finished;

    ArticleFeeder(Supplier<List<String>> ingestUrls, String apiKey, int batchSize, Duration deadline) {
        this.ingestUrls = ingestUrls;
        this.apiKey = apiKey;
        this.batchSize = batchSize;
        this.deadline = deadline;
    }

    /** Sends every item; returns when all are acknowledged or rejected for good, or at the deadline. */
    void feed(List<Item> items) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        List<Item> pending = new ArrayList<>(items);
        while (!pending.isEmpty() && System.nanoTime() < end) {
            List<Item> again = new ArrayList<>();
            for (int from = 0; from < pending.size(); from += batchSize) {
                List<Item> batch = pending.subList(from, Math.min(pending.size(), from + batchSize));
                List<Item> unacknowledged = send(batch);
                again.addAll(unacknowledged);
                if (unacknowledged.size() == batch.size()) {
                    Thread.sleep(1000); // the service is down or refusing everything: do not hammer it
                }
            }
            if (!again.isEmpty()) {
                resends.addAndGet(again.size());
                Thread.sleep(1000);
            }
            pending = again;
        }
        pending.forEach(i -> rejected.put(i.externalId(), -1));
        finished = true;
    }

    /** Whether {@link #feed} has returned. */
    boolean finished() {
        return finished;
    }

    /** Posts one batch; returns the items to send again. */
    private List<Item> send(List<Item> batch) {
        StringBuilder ndjson = new StringBuilder();
        for (Item i : batch) {
            ndjson.append("{\"text\":").append(Corpus.quote(i.text())).append(",\"externalId\":")
                    .append(Corpus.quote(i.externalId())).append("}\n");
        }
        List<String> urls = ingestUrls.get();
        String batchUrl = urls.get(Math.floorMod(nextInstance.getAndIncrement(), urls.size())) + "/api/articles/batch";
        Http.Answer a = Http.post(batchUrl, apiKey, "application/x-ndjson", ndjson.toString(), Duration.ofMinutes(3));
        if (a.status() != 200) {
            failedRequests.incrementAndGet();
            if (a.status() >= 400 && a.status() < 500) {
                batch.forEach(i -> rejected.put(i.externalId(), a.status()));
                return List.of();
            }
            return batch;
        }
        List<Item> again = new ArrayList<>();
        Set<Integer> answered = new LinkedHashSet<>();
        for (String line : a.body().split("\n")) {
            Matcher n = LINE.matcher(line);
            Matcher s = STATUS.matcher(line);
            if (!n.find() || !s.find()) {
                continue;
            }
            int number = Integer.parseInt(n.group(1));
            int status = Integer.parseInt(s.group(1));
            Item item = batch.get(number - 1);
            answered.add(number);
            Matcher id = ID.matcher(line);
            if ((status == 200 || status == 201) && id.find()) {
                acks.computeIfAbsent(item.externalId(), k -> Collections.synchronizedSet(new LinkedHashSet<>())).add(id.group(1));
            } else if (status >= 500) {
                again.add(item);
            } else {
                rejected.put(item.externalId(), status);
            }
        }
        for (int i = 1; i <= batch.size(); i++) {
            if (!answered.contains(i)) {
                again.add(batch.get(i - 1));
            }
        }
        return again;
    }

    /** Items acknowledged so far (live, for faults that wait for progress). */
    int acknowledged() {
        return acks.size();
    }

    /** Every acknowledged article id, once. */
    Set<String> acceptedIds() {
        Set<String> ids = new LinkedHashSet<>();
        synchronized (acks) {
            acks.values().forEach(ids::addAll);
        }
        return ids;
    }

    /** External ids that were acknowledged with more than one article id. */
    int duplicateAcks() {
        synchronized (acks) {
            return (int) acks.values().stream().filter(s -> s.size() > 1).count();
        }
    }

    Map<String, Integer> rejected() {
        return rejected;
    }

    int resends() {
        return resends.get();
    }

    int failedRequests() {
        return failedRequests.get();
    }
}
