package io.newslens.search.fuzz;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.search.config.SearchConfig;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each limit of the search API answered clearly, naming its property and value ({@link SmallLimitsProfile}
 * values; query length and page size at their defaults 500 and 100), and concurrent reindexing refused.
 */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = {
        @ResourceArg(name = "services", value = "kafka,elasticsearch"), @ResourceArg(name = "database", value = "fuzz")})
class SearchLimitsTest {

    @Inject
    ElasticsearchClient es;
    @Inject
    SearchConfig config;

    /** Every request of this test starts here: credentials (e.g. an X-API-Key header) go in this one place. */
    static RequestSpecification api() {
        return given();
    }

    @BeforeEach
    void corpus() throws Exception {
        FuzzCorpus.ensureLoaded(es, config.index().alias());
    }

    private static ValidatableResponse refused(ValidatableResponse r, String parameter, String property, String value) {
        return r.statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("parameter", equalTo(parameter)).body("detail", containsString(property)).body("detail", containsString(value));
    }

    @Test
    void queryLength() {
        refused(api().queryParam("q", "a".repeat(501)).get("/api/search").then(), "q", "max-query-length", "500");
        api().queryParam("q", "a".repeat(500)).get("/api/search").then().statusCode(200);
    }

    @Test
    void pageSize() {
        refused(api().queryParam("size", 101).get("/api/search").then(), "size", "max-page-size", "100");
    }

    @Test
    void deepPagingNeedsTheCursor() {
        refused(api().queryParam("page", 3).queryParam("size", 100).get("/api/search").then(), "page", "max-result-window", "200");
        refused(api().queryParam("page", 3).queryParam("size", 100).queryParam("mode", "semantic").get("/api/search").then(),
                "page", "max-result-window", "200");
        // search_after has no window: walk every document 5 at a time
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = api().queryParam("q", "harbour").queryParam("size", 5).queryParam("sort", "date")
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/search").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("hits.id"));
            cursor = page.getList("hits").isEmpty() ? null : page.getString("nextCursor");
        } while (cursor != null && seen.size() < 100);
        assertEquals(FuzzCorpus.SIZE, seen.stream().distinct().count());
    }

    @Test
    void exportSize() {
        refused(api().queryParam("q", "harbour").get("/api/export").then(), "q", "max-export-hits", "20");
        String ndjson = api().queryParam("q", "harbour").queryParam("publisher", "Fuzz Daily").get("/api/export")
                .then().statusCode(200).extract().asString();
        assertEquals(FuzzCorpus.SIZE / 3, ndjson.lines().count());
    }

    @Test
    void similarSuggestionsAndPrefix() {
        refused(api().queryParam("size", 21).get("/api/articles/" + FuzzCorpus.id(1) + "/similar").then(), "size", "max-similar", "20");
        api().queryParam("size", 20).get("/api/articles/" + FuzzCorpus.id(1) + "/similar").then().statusCode(200);
        refused(api().queryParam("prefix", "harb").queryParam("size", 11).get("/api/suggest").then(), "size", "max-suggestions", "10");
        refused(api().queryParam("prefix", "h".repeat(51)).get("/api/suggest").then(), "prefix", "max-prefix-length", "50");
    }

    /** Regression (found by SearchFuzzTest): the REST layer's own 405/406/415 had no body at all. */
    @Test
    void restLayerErrorsAreProblemsToo() {
        api().contentType("application/json").body("{}").put("/api/search").then().statusCode(405)
                .contentType("application/problem+json").body("status", equalTo(405)).body("title", equalTo("Method Not Allowed"));
        api().accept("image/png").get("/api/search").then().statusCode(406)
                .contentType("application/problem+json").body("status", equalTo(406));
        api().get("/api/nothing").then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void oneReindexAtATime() throws Exception {
        awaitNoReindex();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<?>[] calls = new CompletableFuture<?>[3];
        for (int i = 0; i < calls.length; i++) {
            calls[i] = CompletableFuture.runAsync(() -> {
                var r = api().post("/api/admin/reindex");
                statuses.add(r.statusCode());
                if (r.statusCode() == 409) {
                    r.then().contentType("application/problem+json").body("status", equalTo(409))
                            .body("detail", containsString("reindex is running"));
                }
            });
        }
        CompletableFuture.allOf(calls).get();
        Collections.sort(statuses);
        assertEquals(202, statuses.get(0), statuses.toString());
        assertEquals(409, statuses.get(statuses.size() - 1), "concurrent reindex requests: " + statuses);
        awaitNoReindex();
    }

    private static void awaitNoReindex() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> List.of("IDLE", "DONE", "FAILED")
                .contains(api().get("/api/admin/reindex").then().extract().<String>path("state")));
    }
}
