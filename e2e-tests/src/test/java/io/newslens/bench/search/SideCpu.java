package io.newslens.bench.search;

import java.util.Map;
import java.util.TreeMap;

/** CPU time each process used while one side's blocks of a latency level ran, added up block by block. */
final class SideCpu {

    private final Map<String, Long> nanos = new TreeMap<>();
    private long requests;

    /**
     * One block of {@code blockRequests} requests between two snapshots (process name -> CPU nanoseconds so far).
     * A process that appeared or vanished during the block counts 0, never a negative time.
     */
    void add(Map<String, Long> before, Map<String, Long> after, int blockRequests) {
        requests += blockRequests;
        after.forEach((name, n) -> nanos.merge(name, Math.max(0, n - before.getOrDefault(name, n)), Long::sum));
    }

    /** Process name -> CPU milliseconds per request of this side. */
    Map<String, Double> millisPerRequest() {
        Map<String, Double> millis = new TreeMap<>();
        nanos.forEach((name, n) -> millis.put(name, requests == 0 ? 0 : n / 1e6 / requests));
        return millis;
    }
}
