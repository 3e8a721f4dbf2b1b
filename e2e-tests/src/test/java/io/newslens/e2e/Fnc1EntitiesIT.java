package io.newslens.e2e;

import io.newslens.bench.BatchIngester;
import io.newslens.localstack.LocalStack;
import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.ServiceSpec;
import io.newslens.test.Csv;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Entities of news nobody here wrote, on the running stack: 150 FNC-1 training bodies go through the
 * packaged services, and search's entity facets and summary's entity stances name the people and
 * organisations of those stories. The names asserted are not in the linker's gazetteer (checked
 * below), so only the statistical recogniser can have found them.
 */
class Fnc1EntitiesIT {

    private static final int BODIES = 150;
    private static final Path GAZETTEER = Path.of("entities/src/main/resources/io/newslens/entities/gazetteer.tsv");

    @TempDir
    static Path dataDir;
    static NewslensStack stack;
    static Path repo;
    static Map<String, String> ids;
    static String gazetteer;

    @BeforeAll
    static void ingestFnc1Bodies() throws Exception {
        Path shared = Path.of(System.getProperty("newslens.shared.dir", "../../shared"));
        Path csv = shared.resolve("benchmarks/fnc-1/train_bodies.csv");
        assumeTrue(Files.isRegularFile(csv), "FNC-1 bodies not found under " + shared.toAbsolutePath());
        repo = Path.of(System.getProperty("newslens.repo.dir", "..")).toAbsolutePath().normalize();
        gazetteer = Files.readString(repo.resolve(GAZETTEER)).toLowerCase(Locale.ROOT);
        Map<String, String> bodies = new LinkedHashMap<>();
        Csv.fnc1Bodies(csv).entrySet().stream().limit(BODIES).forEach(e -> bodies.put(e.getKey(), e.getValue()));
        stack = NewslensStack.start(LocalStack.builder(dataDir), repo, Map.of(), Map.of());
        ids = new BatchIngester(HttpClient.newHttpClient(), stack.url(ServiceSpec.INGEST), stack.apiKey())
                .ingest(bodies, "fnc1-entities-");
        assertTrue(ids.size() >= BODIES * 9 / 10, "ingest accepted only " + ids.size() + " of " + BODIES);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void searchFacetsNameThePeopleOfTheStories() {
        assertFacetsName("Ferguson shooting", "PERSON", "Michael Brown", "Darren Wilson");
        assertFacetsName("Foley beheading video", "PERSON", "James Foley");
        assertFacetsName("Bergdahl", "PERSON", "Bowe Bergdahl");
    }

    @Test
    void searchFacetsNameTheOrganisationsOfTheStories() {
        assertFacetsName("Apple Watch", "ORGANIZATION", "Apple");
        assertFacetsName("Chibok schoolgirls", "ORGANIZATION", "Sahara Reporters", "Associated Press");
    }

    @Test
    void stancesAnswerForAPersonOnlyTheModelFound() {
        String person = "Michael Brown";
        assertUnknownToTheGazetteer(person);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath r = RestAssured.given().baseUri(stack.url(ServiceSpec.SUMMARY)).queryParam("target", person)
                    .get("/api/stances").then().statusCode(200).extract().jsonPath();
            assertTrue(r.getLong("articles") >= 2, "stances on " + person + " in at least two articles: " + r.prettify());
            Map<String, Object> labels = r.getMap("labels");
            assertFalse(labels.isEmpty(), r.prettify());
            List<String> inArticles = r.getList("articlesByLabel.values().flatten()");
            assertTrue(ids.values().containsAll(inArticles), "only ingested articles: " + inArticles);
        });
    }

    private static void assertFacetsName(String query, String type, String... names) {
        for (String name : names) {
            assertUnknownToTheGazetteer(name);
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath r = RestAssured.given().baseUri(stack.url(ServiceSpec.SEARCH))
                    .queryParam("q", query).queryParam("mode", "keyword").queryParam("size", 10)
                    .get("/api/search").then().statusCode(200).extract().jsonPath();
            // the facet is keyed by the entity type in lower case
            List<String> facet = r.getList("facets.entities." + type.toLowerCase(Locale.ROOT) + ".key");
            for (String name : names) {
                assertTrue(facet != null && facet.contains(name), query + ": " + type + " facet " + facet + " lacks " + name);
            }
        });
    }

    private static void assertUnknownToTheGazetteer(String name) {
        assertFalse(gazetteer.contains(name.toLowerCase(Locale.ROOT)), name + " is in the gazetteer: the model must find it");
    }
}
