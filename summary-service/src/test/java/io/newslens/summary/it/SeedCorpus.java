package io.newslens.summary.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.newslens.common.events.ArticleParsed;
import io.newslens.entities.ArticleEntities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** ArticleParsed events built from the shared seed pages (testdata/corpus, a copy of ../shared/corpus). */
final class SeedCorpus {

    static final Path SEEDS = Path.of(System.getProperty("newslens.corpus.dir", "../testdata/corpus"), "seeds");
    static final Path GOLD = SEEDS.resolveSibling("seeds-gold.json");
    /** Dates given to the seeds so that month buckets and date filters have something to work on. */
    static final Instant[] DATES = {
            Instant.parse("2025-01-15T08:00:00Z"), Instant.parse("2025-02-10T08:00:00Z"),
            Instant.parse("2025-02-20T08:00:00Z"), Instant.parse("2025-03-05T08:00:00Z"), null};

    record Seed(ArticleParsed event, JsonNode gold) {
    }

    static String proposition() throws IOException {
        return KafkaTestClient.JSON.readTree(GOLD.toFile()).path("proposition").asText();
    }

    static List<Seed> load(String idPrefix) throws IOException {
        JsonNode gold = KafkaTestClient.JSON.readTree(GOLD.toFile());
        List<Path> files;
        try (Stream<Path> list = Files.list(SEEDS)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            JsonNode g = null;
            for (JsonNode a : gold.path("articles")) {
                if (a.path("file").asText().equals(file.getFileName().toString())) g = a;
            }
            String text = Files.readString(file).strip();
            String id = idPrefix + file.getFileName().toString().replace(".txt", "");
            String publisher = g == null || g.path("publisher").isNull() ? null : g.path("publisher").asText(null);
            ArticleParsed event = new ArticleParsed(ArticleParsed.SCHEMA_VERSION, id, 1, "https://seeds.test/" + file.getFileName(),
                    "hash-" + i, "fp-" + i, null, g == null ? null : g.path("title").asText(null), List.of(), publisher, null,
                    // the entities ingest-service publishes for the text (summary-service uses them as they come)
                    DATES[i % DATES.length], "en", "article", text, List.of(), ArticleEntities.find(text, "en"), false, Instant.now());
            seeds.add(new Seed(event, g));
        }
        return seeds;
    }

    static ArticleParsed article(String id, long version, String text, String publisher, Instant publishedAt) {
        return new ArticleParsed(ArticleParsed.SCHEMA_VERSION, id, version, "https://x.test/" + id, "h", "f", null, "T " + id,
                List.of(), publisher, null, publishedAt, "en", "article", text, List.of(), List.of(), false, Instant.now());
    }
}
