package io.newslens.summary.it;

import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.summary.analysis.PropositionStanceDetector;
import io.newslens.summary.persistence.AnalysisEntity;
import io.newslens.support.outbox.OutboxMessage;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read API over the analysed seed corpus. Filters are checked against the unfiltered listing,
 * so the test holds for whatever claims and stances the current analyser finds.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "services", value = "kafka,postgres"))
class SummaryApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Instance<PropositionStanceDetector> detector;

    static KafkaTestClient kafka;
    static List<SeedCorpus.Seed> seeds;

    @BeforeEach
    void seedsAnalysed() throws Exception {
        if (seeds != null) return;
        kafka = new KafkaTestClient(bootstrap);
        kafka.createTopics("articles", "summaries", "articles-summary-dlq");
        seeds = SeedCorpus.load("api-" + RUN + "-");
        for (SeedCorpus.Seed seed : seeds) kafka.sendJson("articles", seed.event().id(), seed.event());
        for (SeedCorpus.Seed seed : seeds) SummaryPipelineTest.awaitSummary(seed.event().id());
    }

    @AfterAll
    static void close() {
        if (kafka != null) kafka.close();
        kafka = null;
        seeds = null;
    }

    @Test
    void unknownSummaryIs404Problem() {
        given().get("/api/summaries/{id}", "no-such-article").then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("title", equalTo("Not Found")).body("detail", containsString("no-such-article"));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        given().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM);
        given().delete("/api/summaries/{id}", "x").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void claimFiltersAgreeWithTheUnfilteredListing() {
        List<Map<String, Object>> all = ourClaims(Map.of());
        assertFalse(all.isEmpty(), "the analyser found no claims in the seed articles");

        Map<String, Object> sample = all.get(0);
        String type = (String) sample.get("type");
        check(Map.of("type", type.toUpperCase()), c -> type.equals(c.get("type")), all);
        check(Map.of("hedged", "true"), c -> Boolean.TRUE.equals(c.get("hedged")), all);
        check(Map.of("hedged", "false"), c -> Boolean.FALSE.equals(c.get("hedged")), all);
        check(Map.of("minCheckworthiness", "0.5"), c -> ((Number) c.get("checkworthiness")).doubleValue() >= 0.5, all);
        check(Map.of("minCheckworthiness", "0"), c -> true, all);
        // reported claims name where their source stands in the text
        all.stream().filter(c -> c.get("attributedTo") != null).forEach(c -> {
            Map<?, ?> span = (Map<?, ?>) c.get("attributedToSpan");
            assertTrue(span != null && (Integer) span.get("end") > (Integer) span.get("start"), "source span of " + c);
        });

        all.stream().filter(c -> !((List<?>) c.get("entities")).isEmpty()).findFirst().ifPresent(c -> {
            String entity = (String) ((List<?>) c.get("entities")).get(0);
            check(Map.of("entity", entity.toLowerCase()),
                    x -> ((List<?>) x.get("entities")).stream().anyMatch(e -> entity.equalsIgnoreCase((String) e)), all);
        });
        all.stream().map(c -> (String) c.get("attributedTo")).filter(Objects::nonNull).findFirst().ifPresent(who ->
                check(Map.of("attributedTo", who), c -> c.get("attributedTo") != null
                        && ((String) c.get("attributedTo")).toLowerCase().contains(who.toLowerCase()), all));
        all.stream().map(c -> (String) c.get("publisher")).filter(Objects::nonNull).findFirst().ifPresent(pub ->
                check(Map.of("publisher", pub.toUpperCase()), c -> pub.equals(c.get("publisher")), all));
        // seeds 1 and 2 are dated February 2025 (see SeedCorpus.DATES)
        check(Map.of("from", "2025-02-01", "to", "2025-02-28"), c -> c.get("publishedAt") != null
                && ((String) c.get("publishedAt")).startsWith("2025-02"), all);
        check(Map.of("from", "2025-02-15T00:00:00Z"), c -> c.get("publishedAt") != null
                && ((String) c.get("publishedAt")).compareTo("2025-02-15") > 0, all);
    }

    @Test
    void claimsArePaged() {
        JsonPath first = given().queryParam("size", 3).queryParam("page", 0).get("/api/claims").then().statusCode(200).extract().jsonPath();
        JsonPath second = given().queryParam("size", 3).queryParam("page", 1).get("/api/claims").then().statusCode(200).extract().jsonPath();
        JsonPath both = given().queryParam("size", 6).queryParam("page", 0).get("/api/claims").then().statusCode(200).extract().jsonPath();
        assertEquals(first.getLong("total"), both.getLong("total"));
        List<Object> joined = new ArrayList<>(first.getList("items"));
        joined.addAll(second.getList("items"));
        assertEquals(both.getList("items"), joined);
        given().queryParam("page", 400).get("/api/claims").then().statusCode(200).body("items.size()", equalTo(0));
        // beyond the result window: a clear 400 naming the limit, not a deep scan
        given().queryParam("page", 100000).get("/api/claims").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("max-result-window"));
    }

    @Test
    void malformedClaimFiltersAre400Problems() {
        for (Map<String, String> bad : List.of(Map.of("type", "gossip"), Map.of("hedged", "maybe"), Map.of("size", "0"),
                Map.of("size", "1000"), Map.of("page", "-1"), Map.of("page", "x"), Map.of("from", "yesterday"),
                Map.of("from", "2025-03-01", "to", "2025-01-01"), Map.of("minCheckworthiness", "1.5"),
                Map.of("minCheckworthiness", "-0.1"), Map.of("minCheckworthiness", "high"), Map.of("minCheckworthiness", "NaN"))) {
            given().queryParams(bad).get("/api/claims").then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        }
    }

    @Test
    void summaryListsClaimsMostCheckWorthyFirst() {
        for (SeedCorpus.Seed seed : seeds) {
            List<Map<String, Object>> claims = given().get("/api/summaries/{id}", seed.event().id()).then().statusCode(200)
                    .extract().jsonPath().getList("claims");
            assertFalse(claims.isEmpty());
            for (int i = 1; i < claims.size(); i++) {
                double before = ((Number) claims.get(i - 1).get("checkworthiness")).doubleValue();
                double after = ((Number) claims.get(i).get("checkworthiness")).doubleValue();
                assertTrue(before >= after, "claims of " + seed.event().id() + " out of check-worthiness order at " + i);
            }
        }
    }

    @Test
    void stanceDistributionCountsArticlesPerLabelAndMonth() {
        // a target the analyser took a stance on in the first seed (dated January 2025)
        String firstId = seeds.get(0).event().id();
        JsonPath summary = given().get("/api/summaries/{id}", firstId).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> stances = summary.getList("stances");
        assertFalse(stances.isEmpty(), "the analyser took no stance in the first seed article");
        String target = (String) stances.get(0).get("target");
        String label = (String) stances.get(0).get("label");

        JsonPath dist = given().queryParam("target", target.toUpperCase()).get("/api/stances").then().statusCode(200)
                .extract().jsonPath();
        long articles = dist.getLong("articles");
        assertTrue(articles >= 1);
        Map<String, Integer> labels = dist.getMap("labels");
        assertEquals(articles, labels.values().stream().mapToLong(Integer::longValue).sum());
        Map<String, List<String>> byLabel = dist.getMap("articlesByLabel");
        assertTrue(byLabel.get(label).contains(firstId), byLabel.toString());
        Set<String> distinct = new HashSet<>();
        byLabel.values().forEach(distinct::addAll);
        assertEquals(articles, distinct.size(), "each article counted once");
        List<Map<String, Object>> months = dist.getList("byMonth");
        assertTrue(months.stream().anyMatch(m -> "2025-01".equals(m.get("month"))), months.toString());
        assertEquals(articles, months.stream().mapToLong(m -> ((Integer) m.get("articles")).longValue()).sum());

        given().queryParam("target", "no such target at all").get("/api/stances").then().statusCode(200)
                .body("articles", equalTo(0));
        given().get("/api/stances").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void propositionStanceValidatesItsInput() {
        String article = seeds.get(0).event().id();
        for (String bad : List.of("{}", "{\"claim\": \"x\"}", "{\"claim\": \"  \", \"text\": \"body\"}",
                "{\"claim\": \"x\", \"articleId\": \"" + article + "\", \"text\": \"body\"}", "{\"claim\": ", "[1,2]",
                "{\"claim\": {\"nested\": true}, \"text\": \"body\"}")) {
            given().contentType(ContentType.JSON).body(bad).post("/api/stance").then().statusCode(400).contentType(PROBLEM);
        }
        given().contentType(ContentType.JSON).body("{\"claim\": \"x\", \"articleId\": \"nope-" + RUN + "\"}")
                .post("/api/stance").then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("claim").post("/api/stance").then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void propositionStanceOnAStoredArticleAndOnText() throws Exception {
        String proposition = SeedCorpus.proposition();
        SeedCorpus.Seed seed = seeds.get(0);
        var byId = given().contentType(ContentType.JSON)
                .body(Map.of("claim", proposition, "articleId", seed.event().id())).post("/api/stance");
        var byText = given().contentType(ContentType.JSON)
                .body(Map.of("claim", proposition, "text", seed.event().text())).post("/api/stance");
        if (!detector.isResolvable()) {
            byId.then().statusCode(503).contentType(PROBLEM);
            return;
        }
        JsonPath answer = byId.then().statusCode(200).body("label", in(List.of("agree", "disagree", "discuss", "unrelated")))
                .extract().jsonPath();
        double confidence = answer.getDouble("confidence");
        assertTrue(confidence >= 0 && confidence <= 1, "confidence " + confidence);
        for (Map<String, Object> e : answer.<Map<String, Object>>getList("evidence")) {
            SummaryPipelineTest.assertSpan(e, seed.event().text());
        }
        byText.then().statusCode(200).body("label", equalTo(answer.getString("label")));
    }

    @Test
    void reanalyseRerunsArticlesAnalysedByAnotherAnalyser() {
        String id = seeds.get(2).event().id();
        long events = SummaryPipelineTest.tx(() -> OutboxMessage.count("messageKey", id));
        String current = given().get("/api/admin/reanalyse").then().statusCode(200).extract().path("analyser.version");
        SummaryPipelineTest.tx(() -> AnalysisEntity.update("analyserVersion = 'obsolete' where articleId = ?1", id));
        given().get("/api/admin/reanalyse").then().statusCode(200).body("outdated", equalTo(1));

        given().queryParam("limit", 10).post("/api/admin/reanalyse").then().statusCode(200)
                .body("processed", equalTo(1)).body("remaining", equalTo(0)).body("failures.size()", equalTo(0));
        given().get("/api/summaries/{id}", id).then().statusCode(200).body("analyser.version", equalTo(current));
        assertEquals(events + 1, SummaryPipelineTest.tx(() -> OutboxMessage.count("messageKey", id)));
        given().post("/api/admin/reanalyse").then().statusCode(200).body("processed", equalTo(0));
        given().queryParam("limit", "0").post("/api/admin/reanalyse").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void openApiDescribesTheEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/claims")).body("paths.keySet()", hasItem("/api/stance"));
    }

    // ---- helpers ----

    /** All claims of this test's seed articles, through every page. */
    static List<Map<String, Object>> ourClaims(Map<String, String> filter) {
        Set<String> ids = new HashSet<>(seeds.stream().map(s -> s.event().id()).toList());
        List<Map<String, Object>> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath p = given().queryParams(filter).queryParam("size", 100).queryParam("page", page).get("/api/claims")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            items.stream().filter(c -> ids.contains((String) c.get("articleId"))).forEach(out::add);
            if (items.size() < 100) return out;
        }
    }

    static void check(Map<String, String> filter, Predicate<Map<String, Object>> expected, List<Map<String, Object>> all) {
        List<Map<String, Object>> filtered = ourClaims(filter);
        List<Map<String, Object>> wanted = all.stream().filter(expected).toList();
        assertEquals(new HashSet<>(wanted), new HashSet<>(filtered), "filter " + filter);
        assertEquals(wanted.size(), filtered.size(), "filter " + filter);
    }
}
