package io.newslens.ingest.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newslens.ingest.TestPages;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * URL submissions against a real local web server. In %test only the host name "localhost" is on
 * the allow-list, so http://localhost:port works while http://127.0.0.1:port and private addresses
 * are refused before any connection.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class UrlFetchTest {

    static HttpServer server;
    static int port;
    static final String ARTICLE = TestPages.uniqueArticle();
    static final String CYRILLIC = "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0438 \u043f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e";

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/article.html", ex -> send(ex, 200, "text/html; charset=windows-1252",
                ("<html><head><title>Caf\u00e9 report</title></head><body><article><p>"
                        + ARTICLE.replace("\n\n", "</p><p>") + " Caf\u00e9 cr\u00e8me.</p></article></body></html>")
                        .getBytes(Charset.forName("windows-1252"))));
        server.createContext("/meta.html", ex -> send(ex, 200, "text/html",
                ("<html><head><meta charset=\"windows-1251\"><title>t</title></head><body><article><p>" + CYRILLIC + ". "
                        + TestPages.uniqueArticle().replace("\n\n", "</p><p>") + "</p></article></body></html>")
                        .getBytes(Charset.forName("windows-1251"))));
        server.createContext("/plain.txt", ex -> send(ex, 200, "text/plain; charset=utf-8",
                TestPages.uniqueArticle().getBytes(StandardCharsets.UTF_8)));
        server.createContext("/hop", ex -> redirect(ex, "/plain.txt"));
        server.createContext("/to-ip", ex -> redirect(ex, "http://127.0.0.1:" + port + "/plain.txt"));
        server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/big", ex -> send(ex, 200, "text/plain", new byte[6 * 1024 * 1024]));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException ignored) {
            // the client may hang up early (size limit)
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static io.restassured.response.ValidatableResponse post(String url) {
        return given().contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post("/api/articles").then();
    }

    @Test
    void fetchesHtmlWithHeaderCharset() {
        String id = post("http://localhost:" + port + "/article.html").statusCode(201).extract().path("id");
        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("text", containsString("Caf\u00e9 cr\u00e8me"))
                .body("sourceUrl", equalTo("http://localhost:" + port + "/article.html"));
    }

    @Test
    void fetchesHtmlWithMetaCharset() {
        String id = post("http://localhost:" + port + "/meta.html").statusCode(201).extract().path("id");
        given().when().get("/api/articles/" + id).then().statusCode(200).body("text", containsString(CYRILLIC));
    }

    @Test
    void followsRedirectsAndRechecksEveryHop() {
        post("http://localhost:" + port + "/hop").statusCode(201);
        post("http://localhost:" + port + "/to-ip").statusCode(400).body("type", endsWith("/url-not-allowed"));
        post("http://localhost:" + port + "/to-metadata").statusCode(400).body("type", endsWith("/url-not-allowed"));
        post("http://localhost:" + port + "/loop").statusCode(502).body("type", endsWith("/too-many-redirects"));
    }

    @Test
    void refusesLoopbackPrivateAndMetadataAddresses() {
        post("http://127.0.0.1:" + port + "/article.html").statusCode(400)
                .contentType("application/problem+json").body("type", endsWith("/url-not-allowed"))
                .body("detail", containsString("127.0.0.1"));
        post("http://10.0.0.1/article.html").statusCode(400).body("type", endsWith("/url-not-allowed"));
        post("http://192.168.1.20/").statusCode(400).body("type", endsWith("/url-not-allowed"));
        post("http://169.254.169.254/latest/meta-data/").statusCode(400).body("type", endsWith("/url-not-allowed"));
        post("http://[::1]:" + port + "/").statusCode(400).body("type", endsWith("/url-not-allowed"));
        post("file:///etc/passwd").statusCode(400).body("type", endsWith("/url-not-allowed"));
        post("not a url").statusCode(400).body("type", endsWith("/invalid-url"));
    }

    @Test
    void upstreamProblemsAreClearProblems() {
        post("http://localhost:" + port + "/missing").statusCode(502).body("type", endsWith("/upstream-status"));
        post("http://localhost:" + port + "/pdf").statusCode(415).contentType("application/problem+json");
        post("http://localhost:" + port + "/big").statusCode(502).body("type", endsWith("/fetched-page-too-large"));
    }
}
