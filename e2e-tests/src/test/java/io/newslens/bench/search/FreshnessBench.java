package io.newslens.bench.search;

import io.newslens.localstack.services.NewslensStack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part 3: {@code POST /api/articles} (text/plain) to ingest-service, one article at a time, until
 * search-service serves {@code GET /api/articles/{id}} with 200 (polled every 20 ms).
 */
final class FreshnessBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final Http http;
    private final String ingestUrl;
    private final String apiKey;
    private final String searchUrl;

    FreshnessBench(Http http, String ingestUrl, String apiKey, String searchUrl) {
        this.apiKey = apiKey;
        this.http = http;
        this.ingestUrl = ingestUrl;
        this.searchUrl = searchUrl;
    }

    /** Milliseconds from the POST being sent until searchable, per article (the first {@code warmUp} not kept). */
    double[] run(List<Articles.Body> bodies, int warmUp) throws InterruptedException {
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            // a leading marker keeps the text new to ingest-service (no duplicate short-cut)
            String text = "Newslens freshness probe " + i + ".\n\n" + bodies.get(i).text();
            long t0 = System.nanoTime();
            Http.Answer a = http.ok("POST", ingestUrl + "/api/articles", "text/plain; charset=utf-8", text,
                    Map.of(NewslensStack.API_KEY_HEADER, apiKey));
            Matcher m = ID.matcher(a.body());
            if (!m.find()) {
                throw new IllegalStateException("no id in " + Http.abbreviate(a.body()));
            }
            String url = searchUrl + "/api/articles/" + m.group(1);
            long deadline = t0 + 120_000_000_000L;
            while (http.get(url).status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("article " + m.group(1) + " not searchable after 120 s");
                }
                Thread.sleep(20);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i >= warmUp) {
                kept.add(ms);
            }
        }
        return kept.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
