package io.newslens.search.it;

import io.newslens.test.Csv;
import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed;
import io.newslens.common.events.Topics;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search API on a real corpus produced through Kafka: ranking, facets, filters, paging, semantic and
 * hybrid modes, suggestions, similar articles, export, error handling and a reindex without downtime.
 * Background corpus: FNC-1 article bodies when ../shared/benchmarks/fnc-1/train_bodies.csv exists next to the checkout.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "services", value = "kafka,elasticsearch"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchApiTest {

    static final Path FNC = Path.of(System.getProperty("newslens.shared.dir", "../../shared"), "benchmarks/fnc-1/train_bodies.csv");
    static final int FNC_DOCS = 300;
    static final String RUN = TestEvents.uid().substring(0, 6);
    static final String FACET_WORD = "facetword" + RUN;
    static final String PAGE_WORD = "pageword" + RUN;
    static final String HIGHLIGHT_WORD = "highlightword" + RUN;
    static final int PAGE_DOCS = 37;
    static int corpusSize;

    static JsonPath search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    static ArticleParsed doc(String id, String title, String text, String publisher, String author, String language,
                             String date, List<ArticleParsed.Entity> entities) {
        return TestEvents.article(id, 1, title, text, publisher, List.of(author), language, Instant.parse(date),
                entities);
    }

    static boolean loaded;

    /** Once per class, but inside the running application (RestAssured's port is set only then). */
    @BeforeEach
    void loadCorpusOnce() throws Exception {
        if (!loaded) {
            loadCorpus();
            loaded = true;
        }
    }

    static void loadCorpus() throws Exception {
        List<ArticleParsed> all = new ArrayList<>();
        if (Files.exists(FNC)) {
            List<List<String>> rows = Csv.rows(FNC);
            for (List<String> rec : rows.subList(1, Math.min(rows.size(), FNC_DOCS + 1))) {
                String body = rec.get(1).strip();
                String title = body.split("(?<=[.!?])\\s", 2)[0];
                title = title.length() > 140 ? title.substring(0, 140) : title;
                all.add(doc("fnc-" + rec.get(0) + "-" + RUN, title, body, "FNC-1", "FNC Author", "en",
                        "2017-01-01T00:00:00Z", List.of()));
            }
        } // else: assumption - the larger corpus is optional; the crafted documents below still run every check
        // ranking: one article is about the topic, the others only mention a word of it
        all.add(doc("rank-best-" + RUN, "Volcanic ash cloud grounds flights across Iceland",
                "A volcanic ash cloud from the eruption grounded flights across Iceland on Monday. Airlines said "
                        + "the ash cloud could keep flights grounded for days while the volcanic eruption continues.",
                "Rank Daily", "Ann Rank", "en", "2024-03-01T00:00:00Z", List.of()));
        all.add(doc("rank-weak1-" + RUN, "Airline results", "The airline reported flights were full in summer.",
                "Rank Daily", "Ann Rank", "en", "2024-03-02T00:00:00Z", List.of()));
        all.add(doc("rank-weak2-" + RUN, "Iceland tourism", "Tourism in Iceland grew, with more cloud cover.",
                "Rank Daily", "Ann Rank", "en", "2024-03-03T00:00:00Z", List.of()));
        // semantic: shares no word with the query used below
        all.add(doc("sem-" + RUN, "Grandmother bakes sourdough loaves in a wood-fired oven",
                "She kneads the dough, lets it rise overnight and bakes crusty sourdough loaves in a wood-fired oven.",
                "Kitchen Wire", "Bo Sem", "en", "2024-02-01T00:00:00Z", List.of()));
        // facets and filters
        ArticleParsed.Entity putin = new ArticleParsed.Entity("Vladimir Putin", "PERSON", List.of("Putin"),
                List.of(new Span(0, 5)));
        ArticleParsed.Entity sco = new ArticleParsed.Entity("Shanghai Cooperation Organization", "ORGANIZATION",
                List.of("SCO"), List.of(new Span(0, 5)));
        for (int i = 0; i < 3; i++) {
            all.add(doc("facet-a" + i + "-" + RUN, "Facet Times story " + i, FACET_WORD + " leaders met in Tianjin.",
                    "Facet Times", "Alice Facet", "en", "2024-0" + (i + 1) + "-10T00:00:00Z", List.of(putin, sco)));
        }
        for (int i = 0; i < 2; i++) {
            all.add(doc("facet-b" + i + "-" + RUN, "Facet Post story " + i, FACET_WORD + " dirigeants a Tianjin.",
                    "Facet Post", "Bob Facet", "fr", "2024-06-1" + i + "T00:00:00Z", List.of(sco)));
        }
        // highlight offsets: a body with every kind of JSON escape and non-ASCII text before and around the hit
        all.add(doc("hl-" + RUN, "Offsets \"quoted\" caf\u00e9", "Line one \"quoted\" \\ back\\slash caf\u00e9 \u2014 "
                        + "emoji \uD83D\uDE00 tab\there.\n\nSecond paragraph: the " + HIGHLIGHT_WORD + " sits after them & "
                        + "<tags>, cr\u00e8me br\u00fbl\u00e9e. Third: " + HIGHLIGHT_WORD + " again \uD83D\uDE00 end.",
                "Offset Press", "Hal Light", "en", "2024-05-01T00:00:00Z", List.of()));
        // near-duplicates (same fingerprint) for collapseDuplicates
        for (int i = 0; i < 2; i++) {
            all.add(new ArticleParsed(1, "dup" + i + "-" + RUN, 1, null, null, "fp-" + RUN, null,
                    "Dup story " + RUN, List.of(), "Dup News", null, Instant.parse("2024-01-01T00:00:00Z"), "en",
                    "news", "duplicateword" + RUN + " body", List.of(), List.of(), false, Instant.now()));
        }
        for (int i = 0; i < PAGE_DOCS; i++) {
            all.add(doc("page-" + i + "-" + RUN, "Paging item " + i, PAGE_WORD + " repeated " + "x ".repeat(i % 5),
                    "Paging Press", "Pat Page", "en", "2023-01-" + String.format(Locale.ROOT, "%02d", 1 + i % 28)
                            + "T00:00:00Z", List.of()));
        }
        for (ArticleParsed a : all) {
            TestEvents.producer().send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.ARTICLES, a.id(),
                    TestEvents.json(a)));
        }
        TestEvents.producer().flush();
        corpusSize = all.size();
        TestEvents.send(Topics.SUMMARIES, "facet-a0-" + RUN, TestEvents.summary("facet-a0-" + RUN, 1, Instant.now(),
                "Leaders met", List.of(new SummaryComputed.Stance("SCO", "organization", "agree", 0.7, List.of())),
                List.of("factual")));
        long t0 = System.nanoTime();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            given().queryParam("q", PAGE_WORD).when().get("/api/search").then().body("total", equalTo(PAGE_DOCS));
            given().queryParam("q", "\"volcanic ash\"").when().get("/api/search").then()
                    .body("hits.id", hasItem("rank-best-" + RUN));
            given().queryParam("stanceTarget", "sco").when().get("/api/search").then()
                    .body("hits.id", hasItem("facet-a0-" + RUN));
            if (Files.exists(FNC)) {
                given().queryParam("publisher", "FNC-1").when().get("/api/search").then()
                        .body("total", equalTo(FNC_DOCS));
            }
        });
        System.out.printf("[search-test] %d articles produced and searchable in %.1f s (through Kafka + consumer)%n",
                corpusSize, (System.nanoTime() - t0) / 1e9);
        // vectors come from the background embedding step (the test profile's small queue overflows here,
        // so most are found by searching the index for articles without a vector)
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().when().get("/q/health/ready").then()
                        .body("checks.find { it.name == 'embeddings' }.data.articlesWithoutVector", equalTo(0))
                        .body("checks.find { it.name == 'embeddings' }.data.queued", equalTo(0)));
        System.out.printf("[search-test] ... and all of them with a vector %.1f s after production%n",
                (System.nanoTime() - t0) / 1e9);
        if (Files.exists(FNC)) {
            given().when().get("/q/metrics").then().body(org.hamcrest.Matchers.matchesPattern(
                    "(?s).*newslens_search_embedding_dropped_total [1-9].*"));
        }
    }

    @Test
    @Order(1)
    void rankingPutsTheRelevantArticleFirst() {
        JsonPath r = search(Map.of("q", "volcanic ash flights"));
        assertEquals("rank-best-" + RUN, r.getString("hits[0].id"));
        r = search(Map.of("q", "volcanic OR ash OR flights OR iceland OR airline", "publisher", "Rank Daily"));
        assertEquals(3, r.getInt("total"));
        assertEquals("rank-best-" + RUN, r.getString("hits[0].id"));
        r = search(Map.of("q", "title:volcanic", "publisher", "Rank Daily"));
        assertEquals(List.of("rank-best-" + RUN), r.getList("hits.id"));
        r = search(Map.of("q", "volcan* -airline", "publisher", "Rank Daily"));
        assertEquals(List.of("rank-best-" + RUN), r.getList("hits.id"));
        r = search(Map.of("q", "author:\"Ann Rank\" NOT iceland"));
        assertEquals(List.of("rank-weak1-" + RUN), r.getList("hits.id"));
    }

    /**
     * Every located highlight's offsets point at its text in the article's body (GET /api/articles/{id}), the
     * marked terms included: on a body full of escapes and non-ASCII characters, and on real articles.
     */
    @Test
    @Order(1)
    void highlightOffsetsPointIntoTheBody() {
        int located = 0;
        for (String q : List.of(HIGHLIGHT_WORD, "police", "\"islamic state\"", "apple")) {
            JsonPath r = search(Map.of("q", q, "size", "50"));
            for (Map<String, Object> hit : r.<Map<String, Object>>getList("hits")) {
                @SuppressWarnings("unchecked")
                Map<String, List<Map<String, Object>>> highlights = (Map<String, List<Map<String, Object>>>) hit.get("highlights");
                if (highlights == null || !highlights.containsKey("text")) {
                    continue;
                }
                String body = given().when().get("/api/articles/" + hit.get("id")).then().statusCode(200).extract().path("text");
                for (Map<String, Object> h : highlights.get("text")) {
                    String fragment = (String) h.get("fragment");
                    if (h.get("start") == null) {
                        continue;
                    }
                    located++;
                    String plain = unescapeHtml(fragment.replace("<mark>", "").replace("</mark>", ""));
                    assertEquals(plain, body.substring((Integer) h.get("start"), (Integer) h.get("end")), "fragment " + fragment);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Integer>> matches = (List<Map<String, Integer>>) h.get("matches");
                    List<String> marked = new ArrayList<>();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(fragment);
                    while (m.find()) {
                        marked.add(unescapeHtml(m.group(1)));
                    }
                    assertEquals(marked, matches.stream().map(x -> body.substring(x.get("start"), x.get("end"))).toList(), fragment);
                }
            }
        }
        JsonPath crafted = search(Map.of("q", HIGHLIGHT_WORD));
        assertEquals("hl-" + RUN, crafted.getString("hits[0].id"));
        assertTrue(crafted.getInt("hits[0].highlights.text[0].start") > 0);
        assertTrue(located >= (Files.exists(FNC) ? 20 : 1), located + " highlights located");
    }

    private static String unescapeHtml(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
    }

    @Test
    @Order(2)
    void facetCountsAndHistogram() {
        JsonPath r = search(Map.of("q", FACET_WORD));
        assertEquals(5, r.getInt("total"));
        assertEquals(Map.of("key", "Facet Times", "count", 3), r.getMap("facets.publisher[0]"));
        assertEquals(Map.of("key", "Facet Post", "count", 2), r.getMap("facets.publisher[1]"));
        assertEquals(Map.of("key", "en", "count", 3), r.getMap("facets.language[0]"));
        assertEquals(Map.of("key", "Shanghai Cooperation Organization", "count", 5),
                r.getMap("facets.entities.organization[0]"));
        assertEquals(Map.of("key", "Vladimir Putin", "count", 3), r.getMap("facets.entities.person[0]"));
        assertEquals(Map.of("key", "agree", "count", 1), r.getMap("facets.stanceLabel[0]"));
        assertEquals(Map.of("key", "factual", "count", 1), r.getMap("facets.claimType[0]"));
        assertEquals(List.of("2024-01-01", "2024-02-01", "2024-03-01", "2024-06-01"), r.getList("histogram.key"));
        assertEquals(List.of(1, 1, 1, 2), r.getList("histogram.count"));
    }

    @Test
    @Order(3)
    void filters() {
        assertEquals(3, search(Map.of("q", FACET_WORD, "publisher", "facet times")).getInt("total"));
        assertEquals(2, search(Map.of("q", FACET_WORD, "author", "Bob Facet")).getInt("total"));
        assertEquals(2, search(Map.of("q", FACET_WORD, "language", "fr")).getInt("total"));
        assertEquals(3, search(Map.of("q", FACET_WORD, "entity", "putin")).getInt("total"));
        assertEquals(3, search(Map.of("q", FACET_WORD, "entity", "Vladimir Putin", "entityType", "person")).getInt("total"));
        assertEquals(0, search(Map.of("q", FACET_WORD, "entity", "Vladimir Putin", "entityType", "organization")).getInt("total"));
        assertEquals(5, search(Map.of("q", FACET_WORD, "entityType", "organization")).getInt("total"));
        assertEquals(2, search(Map.of("q", FACET_WORD, "from", "2024-02-01", "to", "2024-03-10")).getInt("total"));
        assertEquals(1, search(Map.of("q", FACET_WORD, "stanceTarget", "SCO", "stanceLabel", "agree")).getInt("total"));
        assertEquals(0, search(Map.of("q", FACET_WORD, "stanceTarget", "SCO", "stanceLabel", "disagree")).getInt("total"));
        assertEquals(1, search(Map.of("q", FACET_WORD, "claimType", "factual")).getInt("total"));
        assertEquals(2, search(Map.of("q", "duplicateword" + RUN)).getList("hits").size());
        assertEquals(1, search(Map.of("q", "duplicateword" + RUN, "collapseDuplicates", "true")).getList("hits").size());
        // collapsed: total, facets and histogram count the group of near-duplicates once, like the hits
        JsonPath plain = search(Map.of("q", "duplicateword" + RUN));
        assertEquals(2, plain.getInt("total"));
        assertEquals(Map.of("key", "Dup News", "count", 2), plain.getMap("facets.publisher[0]"));
        assertEquals(List.of(2), plain.getList("histogram.count"));
        JsonPath collapsed = search(Map.of("q", "duplicateword" + RUN, "collapseDuplicates", "true"));
        assertEquals(1, collapsed.getInt("total"));
        assertEquals(Map.of("key", "Dup News", "count", 1), collapsed.getMap("facets.publisher[0]"));
        assertEquals(Map.of("key", "en", "count", 1), collapsed.getMap("facets.language[0]"));
        assertEquals(List.of(1), collapsed.getList("histogram.count"));
        assertEquals(1, search(Map.of("q", "duplicateword" + RUN, "collapseDuplicates", "true", "facets", "false"))
                .getInt("total"));
        // articles that are not duplicates are counted as before
        assertEquals(5, search(Map.of("q", FACET_WORD, "collapseDuplicates", "true")).getInt("total"));
        assertEquals(Map.of("key", "Shanghai Cooperation Organization", "count", 5),
                search(Map.of("q", FACET_WORD, "collapseDuplicates", "true")).getMap("facets.entities.organization[0]"));
        // sort by date
        JsonPath byDate = search(Map.of("q", FACET_WORD, "sort", "date"));
        assertEquals("facet-b1-" + RUN, byDate.getString("hits[0].id"));
    }

    @Test
    @Order(4)
    void pagingWithoutDuplicatesOrGaps() {
        for (String sort : List.of("relevance", "date")) {
            Set<String> seen = new HashSet<>();
            for (int page = 1; page <= 4; page++) {
                List<String> ids = search(Map.of("q", PAGE_WORD, "size", 10, "page", page, "sort", sort))
                        .getList("hits.id");
                ids.forEach(id -> assertTrue(seen.add(id), "duplicate " + id + " on page " + " sort " + sort));
            }
            assertEquals(PAGE_DOCS, seen.size());
            Set<String> viaCursor = new HashSet<>();
            String cursor = null;
            for (int i = 0; i < 10; i++) {
                Map<String, Object> p = new java.util.HashMap<>(Map.of("q", PAGE_WORD, "size", 8, "sort", sort));
                if (cursor != null) {
                    p.put("cursor", cursor);
                }
                JsonPath r = search(p);
                List<String> ids = r.getList("hits.id");
                ids.forEach(id -> assertTrue(viaCursor.add(id), "duplicate via cursor " + id));
                cursor = r.getString("nextCursor");
                if (cursor == null) {
                    break;
                }
            }
            assertEquals(PAGE_DOCS, viaCursor.size());
        }
        // a keyword cursor is no use in the kNN modes: a 400 that says why, not a silent first page
        String cursor = search(Map.of("q", PAGE_WORD, "size", 8)).getString("nextCursor");
        for (String mode : List.of("semantic", "hybrid")) {
            given().queryParam("q", PAGE_WORD).queryParam("mode", mode).queryParam("cursor", cursor)
                    .when().get("/api/search").then().statusCode(400).contentType("application/problem+json")
                    .body("parameter", equalTo("cursor"))
                    .body("detail", org.hamcrest.Matchers.containsString("search_after"));
        }
    }

    @Test
    @Order(5)
    void semanticQuerySharingNoWordFindsTheArticle() {
        String q = "fresh bread yeast flour";
        String hitText = "grandmother bakes sourdough loaves in a wood-fired oven she kneads the dough, lets it rise "
                + "overnight and bakes crusty sourdough loaves in a wood-fired oven.";
        for (String w : q.split(" ")) {
            assertFalse(List.of(hitText.toLowerCase(Locale.ROOT).split("\\W+")).contains(w), w);
        }
        assertFalse(search(Map.of("q", q, "mode", "keyword")).getList("hits.id").contains("sem-" + RUN));
        // four plain words: without mode, hybrid answers
        assertEquals("hybrid", search(Map.of("q", q)).getString("mode"));
        List<String> semantic = search(Map.of("q", q, "mode", "semantic", "size", 3)).getList("hits.id");
        assertTrue(semantic.contains("sem-" + RUN), "semantic top 3: " + semantic);
        List<String> hybrid = search(Map.of("q", q, "mode", "hybrid", "size", 3)).getList("hits.id");
        assertTrue(hybrid.contains("sem-" + RUN), "hybrid top 3: " + hybrid);
        // filters apply to kNN too
        assertFalse(search(Map.of("q", q, "mode", "semantic", "publisher", "Rank Daily")).getList("hits.id")
                .contains("sem-" + RUN));
    }

    @Test
    @Order(6)
    void suggestSimilarAndExport() {
        given().queryParam("prefix", "volc").when().get("/api/suggest").then().statusCode(200)
                .body("titles", hasItem("Volcanic ash cloud grounds flights across Iceland"));
        given().queryParam("prefix", "ash clo").when().get("/api/suggest").then().statusCode(200)
                .body("titles", hasItem("Volcanic ash cloud grounds flights across Iceland"));
        given().queryParam("prefix", "shanghai").when().get("/api/suggest").then().statusCode(200)
                .body("entities", hasItem("Shanghai Cooperation Organization"));
        given().when().get("/api/suggest").then().statusCode(400).body("parameter", equalTo("prefix"));

        given().when().get("/api/articles/facet-a1-" + RUN + "/similar").then().statusCode(200)
                .body("hits.id", hasItem("facet-a0-" + RUN))
                .body("hits.id", not(hasItem("facet-a1-" + RUN)));
        given().when().get("/api/articles/nope/similar").then().statusCode(404);

        String ndjson = given().queryParam("q", PAGE_WORD).when().get("/api/export").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        List<String> lines = ndjson.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(PAGE_DOCS, lines.size());
        assertEquals(PAGE_DOCS, lines.stream().map(l -> JsonPath.from(l).getString("id")).distinct().count());
    }

    @Test
    @Order(6)
    void latencyIsReported() {
        for (String mode : List.of("keyword", "hybrid")) {
            List<Long> micros = new ArrayList<>();
            String[] queries = {"volcanic ash", "ebola outbreak", "\"islamic state\"", "apple watch", "meteorite OR crater",
                    "kim jong", "nato -russia", "isis*", "title:ebola", "police officers"};
            for (int i = 0; i < 100; i++) {
                long t = System.nanoTime();
                given().queryParam("q", queries[i % queries.length]).queryParam("mode", mode).when()
                        .get("/api/search").then().statusCode(200);
                micros.add((System.nanoTime() - t) / 1000);
            }
            micros.sort(null);
            System.out.printf("[search-test] %s search over HTTP, 1 client, 100 queries with facets: p50 %.1f ms, "
                            + "p95 %.1f ms, p99 %.1f ms%n", mode, micros.get(49) / 1e3, micros.get(94) / 1e3,
                    micros.get(98) / 1e3);
        }
    }

    /**
     * A search answer larger than Quarkus' default output buffer (8 KiB) still leaves in one piece with its
     * Content-Length, not chunked: clients read it in one go (quarkus.rest.output-buffer-size).
     */
    @Test
    @Order(6)
    void largeAnswerHasContentLength() {
        io.restassured.response.Response r = given().queryParam("q", PAGE_WORD).queryParam("size", PAGE_DOCS)
                .when().get("/api/search").then().statusCode(200).extract().response();
        byte[] body = r.asByteArray();
        assertTrue(body.length > 8192, "the answer must outgrow the default buffer, was " + body.length + " bytes");
        assertEquals(PAGE_DOCS, r.jsonPath().getList("hits").size());
        assertEquals(String.valueOf(body.length), r.header("Content-Length"));
        assertNull(r.header("Transfer-Encoding"));
    }

    /**
     * Keyword searches (answered on the event loop) and article reads (blocking, on worker threads) at the same
     * time over the same Elasticsearch client: every request gets its answer. Reads from worker threads used to
     * hang now and then under such load while the client drove Vert.x from those threads.
     */
    @Test
    @Order(6)
    void concurrentSearchesAndReadsAllGetAnswers() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        String[] queries = {"volcanic+ash", "ebola", "islamic+state", "apple+watch", "police", "kim+jong"};
        AtomicInteger answered = new AtomicInteger();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        int perThread = 150;
        for (int t = 0; t < 20; t++) {
            boolean reader = t % 5 == 0;
            int seed = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    String url = reader ? base + "/api/articles/" + (i % 2 == 0 ? "rank-best-" + RUN : "missing-" + seed + "-" + i)
                            : base + "/api/search?q=" + queries[(seed + i) % queries.length];
                    try {
                        int status = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .timeout(Duration.ofSeconds(15)).build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 200 || status == 404 && url.contains("missing-")) {
                            answered.incrementAndGet();
                        } else {
                            problems.add(url + " -> " + status);
                        }
                    } catch (Exception e) {
                        problems.add(url + " -> " + e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), problems.subList(0, Math.min(5, problems.size())));
        assertEquals(20 * perThread, answered.get());
    }

    @Test
    @Order(7)
    void badInputNever500() {
        List<String> nasty = List.of("\"unclosed", "((((", "))))", "AND", "OR OR", "NOT", "title:", "author:\"",
                "*", "a*b*c*", "\\", "/", "[", "{]", "~", "^2", "field:value:x", "-", "+-+-", "\u0000", "😀",
                "a".repeat(500), "x* y* z* w* v*", "publisher:(", "\"\"", "&&||!!");
        for (String q : nasty) {
            for (String mode : List.of("keyword", "hybrid")) {
                given().queryParam("q", q).queryParam("mode", mode).when().get("/api/search").then()
                        .statusCode(anyOf(is(200), is(400)));
            }
        }
        given().queryParam("q", "x".repeat(501)).when().get("/api/search").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("q"));
        given().queryParam("size", 1000).when().get("/api/search").then().statusCode(400).body("parameter", equalTo("size"));
        given().queryParam("size", "ten").when().get("/api/search").then().statusCode(400).body("parameter", equalTo("size"));
        given().queryParam("mode", "magic").when().get("/api/search").then().statusCode(400).body("parameter", equalTo("mode"));
        given().queryParam("from", "yesterday").when().get("/api/search").then().statusCode(400).body("parameter", equalTo("from"));
        given().queryParam("page", 2000).when().get("/api/search").then().statusCode(400).body("parameter", equalTo("page"));
        given().queryParam("cursor", "garbage!").when().get("/api/search").then().statusCode(400).body("parameter", equalTo("cursor"));
        given().queryParam("mode", "semantic").when().get("/api/search").then().statusCode(400).body("parameter", equalTo("q"));
    }

    @Test
    @Order(8)
    void reindexWithoutDowntime() throws Exception {
        long before = search(Map.of("size", 1)).getLong("total");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ok = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread searcher = new Thread(() -> {
            while (!stop.get()) {
                var resp = given().queryParam("q", PAGE_WORD).queryParam("facets", "false").when().get("/api/search");
                if (resp.statusCode() == 200 && resp.jsonPath().getInt("total") == PAGE_DOCS) {
                    ok.incrementAndGet();
                } else {
                    failures.add(resp.statusCode() + " " + resp.asString());
                }
            }
        });
        searcher.start();
        given().when().post("/api/admin/reindex").then().statusCode(202).body("targetIndex", equalTo("articles-v2"));
        given().when().post("/api/admin/reindex").then().statusCode(anyOf(is(409), is(202)));
        long t0 = System.nanoTime();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().when().get("/api/admin/reindex").then().body("state", equalTo("DONE")));
        double seconds = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        searcher.join();
        System.out.printf("[search-test] reindex of %d documents took %.1f s; %d searches during it, %d failed%n",
                before, seconds, ok.get(), failures.size());
        assertTrue(failures.isEmpty(), "searches failed during reindex: " + failures.subList(0, Math.min(3, failures.size())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(before, search(Map.of("size", 1)).getLong("total")));
        // the live consumers now write into the new index
        String id = "after-reindex-" + RUN;
        TestEvents.send(Topics.ARTICLES, id, TestEvents.simple(id, 1, "After reindex " + id, "fresh body"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("q", id).when().get("/api/search").then().body("hits.id", hasItem(id)));
        given().when().get("/api/articles/facet-a0-" + RUN).then().statusCode(200)
                .body("summary.stances[0].label", equalTo("agree"));
        // vectors were copied into the new index, and the new article gets one there
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().when().get("/q/health/ready").then()
                        .body("checks.find { it.name == 'embeddings' }.data.articlesWithoutVector", equalTo(0)));
    }

    @Inject
    RestClient rest;

    void saveProgress(String state, Instant savedAt) throws Exception {
        Request put = new Request("PUT", "/articles-reindex/_doc/current");
        put.addParameter("refresh", "true");
        put.setJsonEntity(("{\"progress\":{\"state\":\"%s\",\"sourceIndex\":\"articles-v2\",\"targetIndex\":\"articles-v3\","
                + "\"articlesRead\":7,\"summariesRead\":0,\"skippedPoison\":0,\"lag\":9,\"startedAt\":\"%s\"},"
                + "\"savedAt\":\"%s\"}").formatted(state, savedAt, savedAt));
        rest.performRequest(put);
    }

    /** Progress lives in Elasticsearch: readable by any instance, and it outlives the instance that ran it. */
    @Test
    @Order(9)
    void reindexProgressIsSavedInElasticsearch() throws Exception {
        // what the reindex of the previous test saved
        Response saved = rest.performRequest(new Request("GET", "/articles-reindex/_doc/current"));
        assertTrue(EntityUtils.toString(saved.getEntity()).contains("\"state\":\"DONE\""));
        // another instance is replaying: reported here, and no second reindex starts
        saveProgress("REPLAYING", Instant.now());
        given().when().get("/api/admin/reindex").then().statusCode(200)
                .body("state", equalTo("REPLAYING")).body("articlesRead", equalTo(7));
        given().when().post("/api/admin/reindex").then().statusCode(409);
        // that instance died long ago: reported INTERRUPTED, and a new reindex may start
        saveProgress("REPLAYING", Instant.now().minus(Duration.ofMinutes(10)));
        given().when().get("/api/admin/reindex").then().statusCode(200)
                .body("state", equalTo("INTERRUPTED")).body("error", org.hamcrest.Matchers.containsString("stopped"));
        given().when().post("/api/admin/reindex").then().statusCode(202).body("targetIndex", equalTo("articles-v3"));
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().when().get("/api/admin/reindex").then().body("state", equalTo("DONE")));
    }
}
