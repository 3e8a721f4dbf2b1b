package io.newslens.search.it;

import io.newslens.localstack.test.LocalStackTestResource;
import io.newslens.security.testing.TestApiKey;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The admin endpoints need role admin; a refused reindex creates no index and moves no alias. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "services", value = "kafka,elasticsearch"))
class ApiSecurityTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    RestClient elasticsearch;

    @Test
    void reindexNeedsTheAdminRoleAndARefusedOneChangesNothing() throws IOException {
        // the index is prepared in the background after start-up; a search waits for it
        given().queryParam("q", "anything").get("/api/search").then().statusCode(200);
        String indices = indicesAndAliases();
        String progress = given().get("/api/admin/reindex").then().statusCode(200).extract().asString();

        TestApiKey.anonymous().post("/api/admin/reindex").then().statusCode(401).contentType(PROBLEM)
                .body("status", equalTo(401)).header("WWW-Authenticate", containsString("X-API-Key"));
        TestApiKey.withKey("wrong-key-0000000000").post("/api/admin/reindex").then().statusCode(401).contentType(PROBLEM);
        TestApiKey.withKey("test-key-reader-only-0001").post("/api/admin/reindex").then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403));
        TestApiKey.anonymous().get("/api/admin/reindex").then().statusCode(401).contentType(PROBLEM);

        assertEquals(indices, indicesAndAliases(), "no index created, no alias moved");
        assertEquals(progress, given().get("/api/admin/reindex").then().statusCode(200).extract().asString());
    }

    @Test
    void searchIsOpenByDefault() {
        TestApiKey.anonymous().queryParam("q", "anything").get("/api/search").then().statusCode(200);
        TestApiKey.anonymous().get("/q/health/ready").then().statusCode(200);
    }

    private String indicesAndAliases() throws IOException {
        Request request = new Request("GET", "/_cat/aliases?h=alias,index&s=alias,index");
        String aliases = new String(elasticsearch.performRequest(request).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        Request cat = new Request("GET", "/_cat/indices?h=index&s=index");
        return aliases + "|" + new String(elasticsearch.performRequest(cat).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
    }
}
