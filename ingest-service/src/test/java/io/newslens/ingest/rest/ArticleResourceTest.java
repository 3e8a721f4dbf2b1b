package io.newslens.ingest.rest;

import io.newslens.ingest.TestPages;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class ArticleResourceTest {

    @Test
    void plainTextSeedIsStoredAndReadBack() {
        String seed = TestPages.seed(0);
        Response created = given().contentType("text/plain; charset=UTF-8").body(seed)
                .queryParam("sourceUrl", "https://www.koreaherald.com/example")
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("id", notNullValue())
                .body("status", equalTo("created"))
                .body("version", equalTo(1))
                .body("duplicateOf", nullValue())
                .body("contentHash.length()", equalTo(64))
                .extract().response();
        String id = created.path("id");
        given().when().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("sourceUrl", equalTo("https://www.koreaherald.com/example"))
                .body("text", containsString("Shanghai Cooperation Organization"))
                .body("paragraphs.size()", greaterThanOrEqualTo(3))
                .body("fingerprint.length()", equalTo(16));
        given().when().get("/api/articles/" + id + "/raw")
                .then().statusCode(200).contentType(containsString("text/plain")).body(equalTo(seed));
    }

    @Test
    void htmlPageIsStored() {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour reopens after storm</title></head>"
                + "<body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav><article><h1>Harbour reopens after storm</h1>"
                + "<p>The harbour of the northern port reopened on Tuesday after a week-long closure caused by the storm, "
                + "port authorities said in a statement released in the morning.</p>"
                + "<p>Fishing boats returned to the docks and the ferry service to the islands resumed its normal timetable, "
                + "with the first departure scheduled at seven o'clock.</p>"
                + "<p>Repairs to the breakwater will continue through the winter, the authority added, and are expected "
                + "to cost several million euros.</p></article><footer>Copyright 2025 Coastal Times</footer></body></html>";
        String id = given().contentType(ContentType.HTML).body(html)
                .when().post("/api/articles")
                .then().statusCode(201).body("title", notNullValue())
                .extract().path("id");
        given().when().get("/api/articles/" + id)
                .then().statusCode(200)
                .body("text", containsString("ferry service to the islands"))
                .body("title", containsString("Harbour reopens"));
    }

    @Test
    void jsonTextWithHintsIsStored() {
        String text = TestPages.uniqueArticle();
        Response r = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publisher", "Hint Herald", "publishedAt", "2025-07-20",
                        "sourceUrl", "https://hint.example/a", "externalId", "json-" + text.hashCode()))
                .when().post("/api/articles")
                .then().statusCode(201).body("externalId", equalTo("json-" + text.hashCode()))
                .extract().response();
        given().when().get("/api/articles/" + r.path("id"))
                .then().statusCode(200)
                .body("publisher", equalTo("Hint Herald"))
                .body("publishedAt", equalTo("2025-07-20T00:00:00Z"))
                .body("externalId", equalTo("json-" + text.hashCode()));
    }

    @Test
    void jsonHtmlIsStored() {
        String body = TestPages.uniqueArticle().replace("\n\n", "</p><p>");
        given().contentType(ContentType.JSON)
                .body(Map.of("html", "<html><body><article><p>" + body + "</p></article></body></html>"))
                .when().post("/api/articles")
                .then().statusCode(201).body("id", notNullValue());
    }

    @Test
    void missingArticleIsAProblem404() {
        given().when().get("/api/articles/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("type", endsWith("/not-found")).body("title", notNullValue());
        given().when().get("/api/articles/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listIsPagedAndBounded() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.TEXT).body(TestPages.uniqueArticle()).post("/api/articles").then().statusCode(201);
        }
        given().queryParam("page", 0).queryParam("size", 2)
                .when().get("/api/articles")
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("totalItems", greaterThanOrEqualTo(3))
                .body("items[0].id", notNullValue());
        given().queryParam("size", 1000).when().get("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("page", -1).when().get("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("page", "x").when().get("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/articles")
                .then().statusCode(200).body("size", equalTo(20)).body("items.size()", lessThanOrEqualTo(20));
    }

    @Test
    void openApiAndHealthAreServed() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/articles/batch"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"))
                .body(containsString("Kafka connection health check"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("newslens_outbox_backlog"));
    }
}
