package io.newslens.ingest.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.events.ArticleParsed.Author;
import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every field of seeds-gold.json (testdata/corpus, a copy of ../shared/corpus) that a seed page holds must come out right.
 * Skipped when the shared corpus is not there (set NEWSLENS_SHARED_DIR to point elsewhere).
 */
class SeedsGoldTest {

    private final ArticleExtractor extractor = new DefaultArticleExtractor();

    static Path corpus() {
        String env = System.getenv("NEWSLENS_SHARED_DIR");
        for (Path p : List.of(Path.of(System.getProperty("newslens.corpus.dir", "../testdata/corpus")),
                env == null ? Path.of("/nonexistent") : Path.of(env, "corpus"),
                Path.of("../../shared/corpus"), Path.of("../shared/corpus"))) {
            if (Files.isRegularFile(p.resolve("seeds-gold.json"))) {
                return p;
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> seedPagesMatchGold() throws IOException {
        Path corpus = corpus();
        assumeTrue(corpus != null, "shared corpus not found");
        JsonNode gold = new ObjectMapper().readTree(corpus.resolve("seeds-gold.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode g : gold.get("articles")) {
            Path file = corpus.resolve("seeds").resolve(g.get("file").asText());
            tests.add(DynamicTest.dynamicTest(g.get("file").asText(), () -> check(g, file)));
        }
        return tests.stream();
    }

    private void check(JsonNode g, Path file) throws IOException {
        ExtractedArticle a = extractor.extract(RawPage.text(Files.readString(file, StandardCharsets.UTF_8)));
        String body = a.text();
        String id = g.get("file").asText();

        assertTrue(body.startsWith(g.get("bodyStartsWith").asText()), id + " body starts: " + head(body));
        assertTrue(body.endsWith(g.get("bodyEndsWith").asText()), id + " body ends: " + tail(body));
        for (JsonNode bad : g.get("mustNotContain")) {
            assertFalse(body.contains(bad.asText()), id + " body contains boilerplate: " + bad.asText());
        }
        if (g.get("title").isNull()) {
            assertNull(a.title(), id + " title");
        } else {
            assertEquals(g.get("title").asText(), a.title(), id + " title");
        }
        List<Author> expected = new ArrayList<>();
        for (JsonNode au : g.get("authors")) {
            expected.add(new Author(au.get("name").asText(),
                    au.get("affiliation").isNull() ? null : au.get("affiliation").asText()));
        }
        assertEquals(expected, a.authors(), id + " authors");
        assertEquals(g.get("publisher").asText(), a.publisher(), id + " publisher");
        if (g.get("publishedDate").isNull()) {
            assertNull(a.publishedAt(), id + " date");
        } else {
            assertEquals(g.get("publishedDate").asText(),
                    a.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(), id + " date");
        }
        assertEquals(g.get("truncated").asBoolean(), a.truncated(), id + " truncated");
        assertEquals(g.get("language").asText(), a.language(), id + " language");
        if (g.has("section")) {
            assertEquals(g.get("section").asText(), a.section(), id + " section");
        }
        assertParagraphSpans(a);
        assertEntities(g, a, id);
    }

    private static void assertParagraphSpans(ExtractedArticle a) {
        assertFalse(a.paragraphs().isEmpty());
        for (Span s : a.paragraphs()) {
            String p = a.text().substring(s.start(), s.end());
            assertEquals(p.strip(), p);
            assertFalse(p.contains("\n\n"));
        }
    }

    private static void assertEntities(JsonNode g, ExtractedArticle a, String id) {
        int listed = 0;
        int found = 0;
        List<String> missing = new ArrayList<>();
        for (JsonNode e : g.get("entities")) {
            listed++;
            String name = e.asText();
            boolean hit = false;
            for (Entity x : a.entities()) {
                if (x.name().equalsIgnoreCase(name) || x.aliases().stream().anyMatch(name::equalsIgnoreCase)) {
                    hit = !x.mentions().isEmpty();
                }
            }
            if (hit) {
                found++;
            } else {
                missing.add(name);
            }
        }
        assertTrue(found >= Math.ceil(0.9 * listed), id + " entities missing: " + missing);
        for (Entity x : a.entities()) {
            for (Span m : x.mentions()) {
                String surface = a.text().substring(m.start(), m.end());
                assertTrue(surface.equals(x.name()) || x.aliases().contains(surface),
                        id + " mention '" + surface + "' of " + x.name());
            }
        }
        // the same person written two ways is one entity
        List<String> names = a.entities().stream().map(x -> x.name().toLowerCase(Locale.ROOT)).toList();
        assertEquals(names.size(), names.stream().distinct().count(), id + " duplicate entities " + names);
    }

    private static String head(String s) {
        return s.substring(0, Math.min(120, s.length()));
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 120));
    }
}
