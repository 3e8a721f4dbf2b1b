package io.newslens.localstack.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Counts the outcomes of a fuzz test per endpoint and collects contract violations: any 5xx, and
 * any 4xx whose body is not {@code application/problem+json} with {@code status} (equal to the
 * HTTP status), {@code title} and {@code detail}.
 */
public final class FuzzTally {

    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"");
    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"");
    private static final int KEPT_VIOLATIONS = 25;

    private final String service;
    private final long seed;
    private final Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private int violationCount;

    public FuzzTally(String service, long seed) {
        this.service = service;
        this.seed = seed;
    }

    /** What a fuzz request got back. */
    public record Answer(int status, String contentType, String body) {
    }

    /** Sends one request (timed), records its answer and returns it. */
    public Answer send(String endpoint, String request, Supplier<Answer> call) {
        long t0 = System.nanoTime();
        Answer answer = call.get();
        took(endpoint, System.nanoTime() - t0);
        record(endpoint, request, answer.status(), answer.contentType(), answer.body());
        return answer;
    }

    /**
     * The operations ({@code "GET /api/x/{id}"}) of an OpenAPI document's {@code paths} object that
     * this tally has no request for: a fuzz test fails on them, so a new endpoint cannot go unfuzzed.
     */
    public java.util.Set<String> unfuzzed(Map<String, ? extends Map<String, ?>> openApiPaths) {
        java.util.Set<String> missing = new java.util.TreeSet<>();
        openApiPaths.forEach((path, methods) -> methods.keySet()
                .forEach(m -> missing.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        missing.removeAll(counts.keySet());
        return missing;
    }

    /** Records one answer; {@code request} describes what was sent (kept short in the report). */
    public void record(String endpoint, String request, int status, String contentType, String body) {
        counts.computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(status, 1, Integer::sum);
        String problem = null;
        if (status >= 500) {
            problem = "server error";
        } else if (status >= 400) {
            String type = contentType == null ? "" : contentType.toLowerCase();
            String text = body == null ? "" : body;
            if (!type.startsWith("application/problem+json")) {
                problem = "4xx without application/problem+json (" + contentType + ")";
            } else if (!Pattern.compile("\"status\"\\s*:\\s*" + status + "\\b").matcher(text).find()
                    || !TITLE.matcher(text).find() || !DETAIL.matcher(text).find()) {
                problem = "problem body lacks status/title/detail";
            }
        }
        if (problem != null) {
            violationCount++;
            if (violations.size() < KEPT_VIOLATIONS) {
                violations.add(endpoint + " <- " + abbreviate(request, 160) + " : HTTP " + status + " " + problem
                        + " : " + abbreviate(body, 200));
            }
        }
    }

    /**
     * Records a request whose connection the server closed before the client could read an answer
     * (status 0 in the summary). Only acceptable for bodies above the service's byte limit: the
     * server answers 413 as soon as it sees the Content-Length and stops reading.
     */
    public void recordClosed(String endpoint, String request, boolean aboveLimit) {
        counts.computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(0, 1, Integer::sum);
        if (!aboveLimit) {
            violationCount++;
            if (violations.size() < KEPT_VIOLATIONS) {
                violations.add(endpoint + " <- " + abbreviate(request, 160) + " : connection closed without an answer");
            }
        }
    }

    /** Adds the time one request to {@code endpoint} took (reported as seconds per endpoint). */
    public void took(String endpoint, long elapsedNanos) {
        nanos.merge(endpoint, elapsedNanos, Long::sum);
    }

    public int requests(String endpoint) {
        return counts.getOrDefault(endpoint, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int total() {
        return counts.keySet().stream().mapToInt(this::requests).sum();
    }

    public java.util.Set<String> endpoints() {
        return counts.keySet();
    }

    /** One line per endpoint: {@code fuzz <service> seed=<seed> <endpoint>: <n> requests, <status>=<count> ...}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((endpoint, byStatus) -> {
            sb.append("fuzz ").append(service).append(" seed=").append(seed).append(' ').append(endpoint).append(": ")
                    .append(requests(endpoint)).append(" requests,");
            byStatus.forEach((status, n) -> sb.append(' ').append(status).append('=').append(n));
            sb.append(String.format(java.util.Locale.ROOT, " (%.1f s)", nanos.getOrDefault(endpoint, 0L) / 1e9));
            sb.append('\n');
        });
        sb.append("fuzz ").append(service).append(" seed=").append(seed).append(" total: ").append(total())
                .append(" requests, ").append(violationCount).append(" violations");
        return sb.toString();
    }

    /** Empty when every answer kept the contract; otherwise a report to fail the test with (seed included). */
    public String violationReport() {
        if (violationCount == 0) {
            return "";
        }
        return violationCount + " violation(s) with seed " + seed + " (replay with -D" + HostileInputs.SEED_PROPERTY
                + "=" + seed + "):\n  " + String.join("\n  ", violations);
    }

    private static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...(" + s.length() + " chars)";
    }
}
