package io.newslens.search.it;

import io.newslens.test.Csv;
import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Topics;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Natural-language queries (issue 28): FNC-1 training headlines, typed as they are, find the bodies FNC-1 labels
 * related to them (agree, disagree, discuss) in the top 10 of every mode, among 200 other FNC-1 bodies; and explicit
 * syntax still narrows what a plain-words query finds. Needs ../shared/benchmarks/fnc-1/train_bodies.csv.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "services", value = "kafka,elasticsearch"))
class HeadlineRankingTest {

    static final String RUN = TestEvents.uid().substring(0, 6);
    static final int BACKGROUND = 200;
    /** Three headlines of train_stances.csv (drawn at random among those with 2-4 related bodies) and their related bodies. */
    static final Map<String, Set<String>> HEADLINES = Map.of(
            "Apple Watch’s Power Reserve feature combats short battery life", Set.of("1420", "1911", "2124"),
            "TBS Speeds up SEINFELD by 7.5% to Add 2 More Minutes of Commercials", Set.of("1260", "1871", "1875", "2314"),
            "Axl Rose Dead? Of Course Not — Tiresome Internet Death Hoax Plague Hits Guns N’ Roses Frontman",
            Set.of("1271", "1859", "2166", "2525"));
    static boolean loaded;
    static final Map<String, String> BODIES = new LinkedHashMap<>();

    static String id(String bodyId) {
        return "fnc-" + bodyId + "-" + RUN;
    }

    @BeforeEach
    void loadOnce() throws Exception {
        assumeTrue(Files.exists(SearchApiTest.FNC), "FNC-1 bodies not next to the checkout");
        if (loaded) {
            return;
        }
        List<List<String>> rows = Csv.rows(SearchApiTest.FNC);
        Set<String> wanted = new java.util.HashSet<>();
        HEADLINES.values().forEach(wanted::addAll);
        int background = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (wanted.contains(row.get(0)) || background < BACKGROUND) {
                background += wanted.contains(row.get(0)) ? 0 : 1;
                BODIES.put(row.get(0), row.get(1).strip());
            }
        }
        List<ArticleParsed> articles = new ArrayList<>();
        BODIES.forEach((bodyId, body) -> {
            String title = body.split("(?<=[.!?])\\s", 2)[0];
            articles.add(TestEvents.article(id(bodyId), 1, title.length() > 140 ? title.substring(0, 140) : title, body,
                    "FNC-1 " + RUN, List.of("FNC Author"), "en", Instant.parse("2017-01-01T00:00:00Z"), List.of()));
        });
        for (ArticleParsed a : articles) {
            TestEvents.producer().send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.ARTICLES, a.id(), TestEvents.json(a)));
        }
        TestEvents.producer().flush();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().queryParam("publisher", "FNC-1 " + RUN).when().get("/api/search").then().body("total", equalTo(articles.size())));
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().when().get("/q/health/ready").then()
                        .body("checks.find { it.name == 'embeddings' }.data.articlesWithoutVector", equalTo(0))
                        .body("checks.find { it.name == 'embeddings' }.data.queued", equalTo(0)));
        loaded = true;
    }

    static List<String> top10(String q, String mode) {
        var req = given().queryParam("q", q).queryParam("size", 10).queryParam("facets", false)
                .queryParam("publisher", "FNC-1 " + RUN);
        if (mode != null) {
            req = req.queryParam("mode", mode);
        }
        return req.when().get("/api/search").then().statusCode(200).extract().jsonPath().getList("hits.id");
    }

    @Test
    void headlinesFindTheirRelatedBodiesInTheTopTen() {
        HEADLINES.forEach((headline, related) -> {
            for (String mode : new String[]{"keyword", "semantic", "hybrid", null}) {
                List<String> hits = top10(headline, mode);
                for (String bodyId : related) {
                    assertTrue(hits.contains(id(bodyId)), "mode " + mode + ": body " + bodyId + " not in the top 10 for \""
                            + headline + "\": " + hits);
                }
            }
        });
    }

    @Test
    void aHeadlineIsAnsweredByHybridByDefaultAndAFewWordsByKeyword() {
        String headline = HEADLINES.keySet().iterator().next();
        assertEquals("hybrid", given().queryParam("q", headline).when().get("/api/search").then().statusCode(200)
                .extract().jsonPath().getString("mode"));
        assertEquals("keyword", given().queryParam("q", "apple watch").when().get("/api/search").then().statusCode(200)
                .extract().jsonPath().getString("mode"));
        assertEquals("keyword", given().queryParam("q", "apple watch battery +life").when().get("/api/search").then()
                .statusCode(200).extract().jsonPath().getString("mode"));
    }

    /** Every hit of a query with explicit syntax, checked against the text of the article. */
    @Test
    void explicitSyntaxNarrowsThePlainWordsQuery() {
        String plain = "apple watch battery seinfeld";
        int plainTotal = total(plain);
        assertTrue(plainTotal > 0);
        for (String q : List.of("+apple watch battery seinfeld", "apple AND seinfeld", "apple watch battery -seinfeld",
                "+\"apple watch\" battery", "apple watch battery NOT watch")) {
            int narrowed = total(q);
            assertTrue(narrowed <= plainTotal, q + ": " + narrowed + " hits, more than the " + plainTotal + " of " + plain);
            for (String hit : keywordHits(q)) {
                String text = given().when().get("/api/articles/" + hit).then().statusCode(200).extract().jsonPath()
                        .getString("text").toLowerCase(Locale.ROOT);
                switch (q) {
                    case "+apple watch battery seinfeld" -> assertTrue(text.contains("apple"), q + " -> " + hit);
                    case "apple AND seinfeld" -> assertTrue(text.contains("apple") && text.contains("seinfeld"), q + " -> " + hit);
                    case "apple watch battery -seinfeld" -> assertFalse(hasWord(text, "seinfeld"), q + " -> " + hit);
                    case "+\"apple watch\" battery" -> assertTrue(text.matches("(?s).*apple\\W+watch.*"), q + " -> " + hit);
                    default -> assertFalse(hasWord(text, "watch"), q + " -> " + hit);
                }
            }
        }
        // the explicit part is required: no plain words may stand in for it
        assertEquals(0, total("+zzqxnotaword" + RUN + " apple watch battery"));
        // a long plain-words query does not need every word
        assertTrue(total("apple watch battery zzqxnotaword" + RUN) > 0);
        // beside plain words a phrase ranks (what has it comes first) but is not required; +"phrase" is
        int phraseRequired = total("+\"apple watch\" battery");
        assertTrue(total("\"apple watch\" battery seinfeld") > phraseRequired, "a phrase beside plain words narrowed");
        assertTrue(total("\"apple watch\" +battery") <= phraseRequired, "beside an explicit part a phrase is required");
        String first = keywordHits("\"apple watch\" battery life").get(0);
        assertTrue(given().when().get("/api/articles/" + first).then().statusCode(200).extract().jsonPath()
                .getString("text").toLowerCase(Locale.ROOT).matches("(?s).*apple\\W+watch.*"), first);
        // in a query that reads as prose NOT is a word (headlines say "X NOT Dead"): it excludes nothing
        assertEquals(total("Apple Watch Battery Seinfeld"), total("Apple Watch Battery NOT Seinfeld"));
        assertTrue(total("apple watch battery NOT seinfeld") < total("apple watch battery seinfeld"));
    }

    /** The word as a token of the standard tokenizer (an apostrophe inside a word keeps it one token: "watch’s"). */
    static boolean hasWord(String text, String word) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_'’])" + word + "(?![\\p{L}\\p{N}_'’])").matcher(text).find();
    }

    static int total(String q) {
        return given().queryParam("q", q).queryParam("mode", "keyword").queryParam("facets", false)
                .queryParam("publisher", "FNC-1 " + RUN).when().get("/api/search").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    static List<String> keywordHits(String q) {
        return given().queryParam("q", q).queryParam("mode", "keyword").queryParam("size", 100).queryParam("facets", false)
                .queryParam("publisher", "FNC-1 " + RUN).when().get("/api/search").then().statusCode(200)
                .extract().jsonPath().getList("hits.id");
    }
}
