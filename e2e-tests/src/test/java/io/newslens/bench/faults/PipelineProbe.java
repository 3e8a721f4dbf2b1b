package io.newslens.bench.faults;

import io.newslens.localstack.PostgresServer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at where an article must end up, each store queried directly: ingest-service (system of
 * record), the Elasticsearch alias behind search, and the summary database behind summary-service.
 * A store that does not answer gives -1 / an empty map, never an exception.
 */
final class PipelineProbe {

    private static final Pattern HIT_ID = Pattern.compile("\"_id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*(\\d+)");
    private static final int CHUNK = 1000;

    /** The URL of a service instance that is up now: instances come and go in scale-out scenarios. */
    private final Supplier<String> ingestUrl;
    private final Supplier<String> summaryUrl;
    private final String esUrl;
    private final String summaryJdbc;

    PipelineProbe(Supplier<String> ingestUrl, Supplier<String> summaryUrl, String esUrl, String summaryJdbc) {
        this.ingestUrl = ingestUrl;
        this.summaryUrl = summaryUrl;
        this.esUrl = esUrl;
        this.summaryJdbc = summaryJdbc;
    }

    /** Documents behind the alias {@code articles}, all of them; -1 when Elasticsearch does not answer. */
    long indexTotal() {
        Http.Answer a = Http.get(esUrl + "/articles/_count");
        Matcher m = COUNT.matcher(a.body());
        return a.ok() && m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Copies per article id in the alias: hits by {@code _id} (any index behind it) and by the {@code id} field. */
    Map<String, Integer> indexCopies(Collection<String> ids) {
        Map<String, Integer> copies = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            String list = String.join(",", chunk.stream().map(Corpus::quote).toList());
            Http.Answer a = Http.post(esUrl + "/articles/_search?filter_path=hits.hits._id", "application/json",
                    "{\"size\":" + (chunk.size() * 2) + ",\"_source\":false,\"query\":{\"bool\":{\"should\":["
                            + "{\"ids\":{\"values\":[" + list + "]}},{\"terms\":{\"id\":[" + list + "]}}]}}}",
                    Duration.ofSeconds(30));
            if (!a.ok()) {
                return Map.of();
            }
            Matcher m = HIT_ID.matcher(a.body());
            while (m.find()) {
                copies.merge(m.group(1), 1, Integer::sum);
            }
        }
        return copies;
    }

    /** How many of {@code ids} are indexed, cheaply (for waiting); -1 when Elasticsearch does not answer. */
    long indexedCount(Collection<String> ids) {
        long n = 0;
        for (List<String> chunk : chunks(ids)) {
            Http.Answer a = Http.post(esUrl + "/articles/_search?filter_path=hits.total", "application/json",
                    "{\"size\":0,\"track_total_hits\":true,\"query\":{\"ids\":{\"values\":["
                            + String.join(",", chunk.stream().map(Corpus::quote).toList()) + "]}}}",
                    Duration.ofSeconds(30));
            Matcher m = TOTAL.matcher(a.body());
            if (!a.ok() || !m.find()) {
                return -1;
            }
            n += Long.parseLong(m.group(1));
        }
        return n;
    }

    /** Current analysis rows per article id in the summary database; empty when it does not answer. */
    Map<String, Integer> analysisRows(Collection<String> ids) {
        return countBy("select article_id, count(*) from analysis where article_id = any(?) group by article_id", ids);
    }

    /** Recorded analysis failures per article id. */
    Map<String, Integer> analysisFailures(Collection<String> ids) {
        return countBy("select article_id, count(*) from analysis_failure where article_id = any(?) group by article_id", ids);
    }

    private Map<String, Integer> countBy(String sql, Collection<String> ids) {
        Map<String, Integer> rows = new HashMap<>();
        try (Connection c = DriverManager.getConnection(summaryJdbc, PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement s = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("varchar", ids.toArray());
            s.setArray(1, array);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getInt(2));
                }
            }
        } catch (SQLException e) {
            return Map.of();
        }
        return rows;
    }

    boolean storedInIngest(String id) {
        return Http.get(ingestUrl.get() + "/api/articles/" + id).ok();
    }

    boolean summaryServed(String id) {
        return Http.get(summaryUrl.get() + "/api/summaries/" + id).ok();
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
