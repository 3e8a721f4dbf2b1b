package io.newslens.ingest.rest;

import io.newslens.ingest.TestPages;
import io.newslens.ingest.persistence.Article;
import io.newslens.support.outbox.OutboxMessage;
import io.newslens.ingest.persistence.RawInput;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.newslens.security.testing.TestApiKey;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input answers with a problem document, never a 500, and stores nothing. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class BadInputTest {

    @TestHTTPResource("/api/articles")
    URI articles;

    private static List<Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(Article.count(), RawInput.count(), OutboxMessage.count()));
    }

    @Test
    void oversizedBodyIs413AndNothingIsStored() {
        List<Long> before = counts();
        String big = TestPages.uniqueArticle().repeat(400); // well over the 256 KiB test limit
        given().contentType("text/plain").body(big)
                .when().post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("type", endsWith("/payload-too-large")).body("detail", notNullValue());
        assertEquals(before, counts());
    }

    @Test
    void oversizedChunkedBodyIs413Too() throws Exception {
        byte[] big = TestPages.uniqueArticle().repeat(400).getBytes(StandardCharsets.UTF_8);
        List<Long> before = counts();
        HttpRequest request = HttpRequest.newBuilder(articles)
                .header("Content-Type", "text/plain")
                .header(TestApiKey.HEADER, TestApiKey.key())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))) // no Content-Length
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(before, counts());
    }

    @Test
    void unsupportedMediaTypeIs415() {
        List<Long> before = counts();
        given().contentType("application/pdf").body(new byte[]{'%', 'P', 'D', 'F', '-', '1', '.', '4'})
                .when().post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json")
                .body("status", equalTo(415)).body("title", notNullValue());
        given().contentType("text/plain; charset=x-no-such-charset").body("Some text".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("text/plain").body("{\"text\":\"x\"}")
                .when().post("/api/articles/batch")
                .then().statusCode(415).contentType("application/problem+json");
        assertEquals(before, counts());
    }

    @Test
    void emptyMalformedAndInvalidRequestsAre400() {
        List<Long> before = counts();
        given().contentType("text/plain").body("")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("/empty-body"));
        given().contentType("text/html").body("   \n\t ")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("/malformed-json"));
        given().contentType(ContentType.JSON).body("[1, 2]")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"text\": \"a\", \"html\": \"<p>b</p>\"}")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("exactly one"));
        given().contentType(ContentType.JSON).body("{\"text\": \"Some article\", \"publishedAt\": \"yesterday\"}")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("publishedAt"));
        given().contentType(ContentType.JSON).body("{\"text\": 42}")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[".repeat(5000))
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, counts());
    }

    @Test
    void binaryBodyIs400() {
        List<Long> before = counts();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        given().contentType("text/html").body(png)
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("/binary-content"));
        assertEquals(before, counts());
    }

    @Test
    void mislabelledLatin1TextIsDecodedBestEffort() {
        String text = TestPages.uniqueArticle() + "Caf\u00e9 cr\u00e8me and na\u00efve r\u00e9sum\u00e9 were mentioned.\n";
        String id = given().contentType("text/plain").body(text.getBytes(Charset.forName("windows-1252")))
                .when().post("/api/articles")
                .then().statusCode(201).extract().path("id");
        given().when().get("/api/articles/" + id).then().statusCode(200).body("text", containsString("Caf\u00e9 cr\u00e8me"));
    }

    @Test
    void nulCharactersAndLoneSurrogatesDoNotBreakStorage() {
        String json = "{\"text\": \"" + TestPages.uniqueArticle().replace("\n", "\\n") + " nul\\u0000here lone\\ud800surrogate\"}";
        given().contentType(ContentType.JSON).body(json)
                .when().post("/api/articles")
                .then().statusCode(anyOf(is(201), is(422)));
    }

    @Test
    void deeplyNestedHtmlNeverGivesA500() {
        String html = "<div>".repeat(20000) + "<p>" + TestPages.uniqueArticle() + "</p>" + "</div>".repeat(20000);
        given().contentType("text/html").body(html.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(anyOf(is(201), is(422)));
    }

    @Test
    void unknownRouteAndMethodAreProblems() {
        given().when().delete("/api/articles/00000000-0000-0000-0000-000000000000")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
