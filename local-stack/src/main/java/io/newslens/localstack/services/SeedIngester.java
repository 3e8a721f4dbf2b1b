package io.newslens.localstack.services;

import io.newslens.localstack.HttpProbe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Posts a folder of raw pages to ingest-service and waits until search-service has indexed them. */
public final class SeedIngester {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String searchUrl;
    private final String apiKey;

    /** @param apiKey a key with role writer ({@link NewslensStack#apiKey()}) */
    public SeedIngester(String ingestUrl, String searchUrl, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
        this.searchUrl = searchUrl;
    }

    /** Posts every {@code *.txt} (as text/plain) and {@code *.html} (as text/html) file; returns file name -> article id. */
    public Map<String, String> ingestFolder(Path folder) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (Path file : files) {
            String type = file.toString().endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles"))
                            .header("Content-Type", type)
                            .header(NewslensStack.API_KEY_HEADER, apiKey)
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("ingesting " + file.getFileName() + " answered " + response.statusCode() + ": " + response.body());
            }
            Matcher m = ID.matcher(response.body());
            if (!m.find()) {
                throw new IllegalStateException("no article id in the answer for " + file.getFileName() + ": " + response.body());
            }
            ids.put(file.getFileName().toString(), m.group(1));
        }
        return ids;
    }

    /** Waits until every id is served by search-service; returns the time until the first one was. */
    public Duration awaitSearchable(List<String> ids, Duration timeout) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        Duration first = null;
        List<String> pending = new ArrayList<>(ids);
        while (!pending.isEmpty()) {
            pending.removeIf(this::searchable);
            if (first == null && pending.size() < ids.size()) {
                first = Duration.ofNanos(System.nanoTime() - t0);
            }
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not searchable after " + timeout.toSeconds() + " s: " + pending);
            }
            Thread.sleep(100);
        }
        return first == null ? Duration.ZERO : first;
    }

    private boolean searchable(String id) {
        return HttpProbe.ok(searchUrl + "/api/articles/" + id, Duration.ofSeconds(5));
    }
}
