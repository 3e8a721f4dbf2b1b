package io.newslens.bench;

import io.newslens.localstack.services.NewslensStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posts texts to ingest-service's NDJSON batch endpoint ({@code /api/articles/batch}), 100 a request. */
public final class BatchIngester {

    /** A line's result: {"line":N,"status":S,"id":"..",..} (no id when the line failed). */
    private static final Pattern RESULT = Pattern.compile(
            "\"line\"\\s*:\\s*(\\d+)\\s*,\\s*\"status\"\\s*:\\s*(\\d+)(?:\\s*,\\s*\"id\"\\s*:\\s*\"([^\"]+)\")?");
    private static final int BATCH = 100;

    private final HttpClient http;
    private final String ingestUrl;
    private final String apiKey;

    public BatchIngester(HttpClient http, String ingestUrl, String apiKey) {
        this.http = http;
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
    }

    /**
     * Ingests every text (externalId {@code externalIdPrefix + key}) and answers the article id of each key the ingest
     * accepted, in order (two equal texts get the same id: the ingest deduplicates them); a rejected line has none.
     */
    public Map<String, String> ingest(Map<String, String> texts, String externalIdPrefix) throws Exception {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        List<Map.Entry<String, String>> entries = new ArrayList<>(texts.entrySet());
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<Map.Entry<String, String>> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            StringBuilder ndjson = new StringBuilder();
            for (Map.Entry<String, String> e : batch) {
                ndjson.append("{\"text\":").append(Json.quote(e.getValue()))
                        .append(",\"externalId\":").append(Json.quote(externalIdPrefix + e.getKey())).append("}\n");
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles/batch"))
                    .header("Content-Type", "application/x-ndjson").header(NewslensStack.API_KEY_HEADER, apiKey)
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("batch answered " + r.statusCode() + ": " + r.body());
            }
            Matcher m = RESULT.matcher(r.body());
            while (m.find()) {
                int line = Integer.parseInt(m.group(1));
                if (m.group(3) != null && line >= 1 && line <= batch.size()) {
                    ids.put(batch.get(line - 1).getKey(), m.group(3));
                }
            }
        }
        return ids;
    }
}
