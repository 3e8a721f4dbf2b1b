package io.newslens.search.fuzz;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.search.config.SearchConfig;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries reach only the article alias: another index in the same cluster, holding a secret word,
 * stays invisible whatever is put in q, the filters, the cursor or the article id, and query DSL,
 * scripts or index names in parameters are searched as plain words (or refused), never executed.
 */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = {
        @ResourceArg(name = "services", value = "kafka,elasticsearch"), @ResourceArg(name = "database", value = "fuzz")})
class QueryIsolationTest {

    static final String SECRET_INDEX = "secret-other";
    static final String SECRET_WORD = "zanzibarquokka";

    @Inject
    ElasticsearchClient es;
    @Inject
    SearchConfig config;

    /** Every request of this test starts here: credentials (e.g. an X-API-Key header) go in this one place. */
    static RequestSpecification api() {
        return given();
    }

    @BeforeEach
    void secretIndexNextToTheCorpus() throws Exception {
        FuzzCorpus.ensureLoaded(es, config.index().alias());
        if (!es.indices().exists(e -> e.index(SECRET_INDEX)).value()) {
            es.index(i -> i.index(SECRET_INDEX).id("secret-1").refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                    .document(Map.of("id", "secret-1", "title", SECRET_WORD + " classified", "text", SECRET_WORD,
                            "publisher", "Fuzz Daily")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SECRET_WORD, "_index:" + SECRET_INDEX, SECRET_INDEX + ":" + SECRET_WORD, "title:" + SECRET_WORD,
            "{\"query\":{\"match_all\":{}}}", "{\"query\":{\"term\":{\"_index\":\"" + SECRET_INDEX + "\"}}}",
            "{\"script\":{\"source\":\"doc['text']\"}}", "*", "_all", "*:*", SECRET_INDEX + "/_search", "/_all/_search?q=*"})
    void searchSeesOnlyTheAlias(String q) {
        var page = api().queryParam("q", q).queryParam("size", 100).get("/api/search").then().statusCode(anyOf(is(200), is(400)))
                .extract().jsonPath();
        if (page.get("hits") != null) {
            List<String> ids = page.getList("hits.id");
            assertFalse(ids.contains("secret-1"), q + " reached another index: " + ids);
            assertTrue(ids.stream().allMatch(id -> id.startsWith("fuzz-doc-")), q + ": " + ids);
            // DSL and scripts are words, not queries: they match nothing here (a match_all would give every document)
            if (q.startsWith("{") || q.contains(SECRET_WORD) || q.contains(SECRET_INDEX)) {
                assertEquals(0, page.getInt("total"), q);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"publisher", "author", "language", "entity", "entityType", "claimType", "stanceTarget"})
    void filtersAreExactValuesNotPatterns(String filter) {
        for (String value : List.of("*", SECRET_INDEX, "{\"match_all\":{}}", "_index")) {
            var total = api().queryParam(filter, value).queryParam("stanceLabel", "agree").get("/api/search")
                    .then().statusCode(anyOf(is(200), is(400))).extract().jsonPath();
            if (total.get("total") != null) {
                assertEquals(0, total.getInt("total"), filter + "=" + value);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret-1", "..%2F" + SECRET_INDEX + "%2F_doc%2Fsecret-1", SECRET_INDEX + "%2F_doc%2Fsecret-1",
            "_search", "_doc", "_all", "fuzz-doc-1%2F_update"})
    void articleIdsAreIdsNotPaths(String id) {
        api().urlEncodingEnabled(false).get("/api/articles/" + id).then()
                .statusCode(anyOf(is(400), is(404))).contentType("application/problem+json");
        api().urlEncodingEnabled(false).get("/api/articles/" + id + "/similar").then()
                .statusCode(anyOf(is(400), is(404))).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {SECRET_WORD, "zanzi", "_index", "{\"query\""})
    void suggestAndExportStayOnTheAlias(String text) {
        api().queryParam("prefix", text).get("/api/suggest").then().statusCode(200).body(not(containsString(SECRET_WORD)));
        String export = api().queryParam("q", text).get("/api/export").then().statusCode(200).extract().asString();
        assertFalse(export.contains(SECRET_WORD), export);
        assertEquals(0, export.lines().count(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_script", "_index", "title:asc", "{\"_script\":{}}"})
    void sortIsAClosedList(String sort) {
        api().queryParam("sort", sort).get("/api/search").then().statusCode(400).contentType("application/problem+json");
    }
}
