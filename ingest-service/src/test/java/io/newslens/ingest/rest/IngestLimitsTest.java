package io.newslens.ingest.rest;

import io.newslens.ingest.persistence.Article;
import io.newslens.support.outbox.OutboxMessage;
import io.newslens.ingest.persistence.RawInput;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import io.newslens.security.testing.TestApiKey;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each configurable limit of the ingest-service answered clearly, naming the property and its value
 * (%test values: max-body-bytes 256 KiB, batch.max-body-bytes 1 MiB, batch.max-items 150,
 * paging.max-size 100). The single-POST body limit is covered by {@link BadInputTest}.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class IngestLimitsTest {

    @TestHTTPResource("/api/articles/batch")
    URI batch;

    /** Every request of this test starts here: credentials (e.g. an X-API-Key header) go in this one place. */
    static RequestSpecification api() {
        return given();
    }

    private static List<Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(Article.count(), RawInput.count(), OutboxMessage.count()));
    }

    @Test
    void batchWithTooManyItemsIsRefusedWhole() {
        List<Long> before = counts();
        String ndjson = "{\"text\":\"Line of a batch that is too long altogether.\"}\n".repeat(151);
        api().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/batch")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("type", endsWith("/too-many-items")).body("title", equalTo("Payload too large"))
                .body("detail", containsString("newslens.ingest.batch.max-items")).body("detail", containsString("150"));
        assertEquals(before, counts());
    }

    @Test
    void batchAboveItsByteLimitIs413EvenWithoutContentLength() throws Exception {
        byte[] big = "{}\n".repeat(400_000).getBytes(StandardCharsets.UTF_8); // 1.2 MB > 1 MiB
        List<Long> before = counts();
        HttpRequest request = HttpRequest.newBuilder(batch).header("Content-Type", "application/x-ndjson")
                .header(TestApiKey.HEADER, TestApiKey.key())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("newslens.ingest.batch.max-body-bytes"), response.body());
        assertEquals(before, counts());
    }

    @Test
    void pageSizeAboveTheMaximumIs400() {
        api().get("/api/articles?size=101").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("newslens.ingest.paging.max-size")).body("detail", containsString("100"));
        api().get("/api/articles?size=100").then().statusCode(200);
    }

    /** Regression (found by IngestFuzzTest): page=2147483647 overflowed page * size into a negative offset, a 500. */
    @Test
    void deepPagingIs400() {
        api().get("/api/articles?page=2147483647").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("newslens.ingest.paging.max-result-window")).body("detail", containsString("10000"));
        api().get("/api/articles?page=100&size=100").then().statusCode(400);
        api().get("/api/articles?page=99&size=100").then().statusCode(200);
    }

    /** A publication date PostgreSQL cannot store is refused up front, not a 500 from the database. */
    @Test
    void publishedAtOutsideTheDatabaseRangeIs400AndStoresNothing() {
        List<Long> before = counts();
        String text = "A headline\n\nBody text of a page long enough to be an article. ".repeat(5);
        api().contentType("application/json").body("{\"text\":\"" + text.replace("\n", "\\n") + "\",\"publishedAt\":\"+1000000000-01-01T00:00:00Z\"}")
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("publishedAt"));
        assertEquals(before, counts());
    }

    /** Regression (found by IngestFuzzTest): a NUL in a hint reached PostgreSQL and answered 500. */
    @Test
    void controlCharactersInHintsAre400AndStoreNothing() {
        List<Long> before = counts();
        String text = "A headline\n\nBody text of a page long enough to be an article. ".repeat(5);
        api().urlEncodingEnabled(false).contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles?sourceUrl=a%00b")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("sourceUrl"));
        api().contentType("application/json").body("{\"text\":\"" + text.replace("\n", "\\n") + "\",\"externalId\":\"x\\u0000y\"}")
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("externalId"));
        api().contentType("application/json").body("{\"text\":\"" + text.replace("\n", "\\n") + "\",\"publisher\":\"p\\ud800\"}")
                .post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("publisher"));
        assertEquals(before, counts());
    }

    /** The HTTP layer's own limit (quarkus.http.limits.max-initial-line-length): 414 before the application runs. */
    @Test
    void overlongRequestLineIs414() {
        api().urlEncodingEnabled(false).get("/api/articles?page=" + "1".repeat(5000)).then().statusCode(414);
    }
}
