package io.newslens.ingest.rest;

import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class ReextractTest {

    @Test
    void everyStoredArticleGetsANewVersionWithItsEntities() {
        String body = "Dutch chemicals group Akzo Nobel said on Tuesday its chairman Cees van Lede would step down "
                + "after talks in Arnhem. Van Lede told reporters the board agreed with the plan. " + System.nanoTime();
        String location = given().contentType("text/plain; charset=UTF-8").body(body)
                .when().post("/api/articles").then().statusCode(201).extract().header("Location");
        long version = given().when().get(location).then().statusCode(200).extract().jsonPath().getLong("version");

        String after = null;
        int processed = 0;
        do {
            var req = given().queryParam("limit", 50);
            if (after != null) {
                req = req.queryParam("after", after);
            }
            Response r = req.when().post("/api/admin/reextract").then().statusCode(200).extract().response();
            processed += r.jsonPath().getInt("processed");
            after = r.jsonPath().getString("next");
        } while (after != null);
        assertTrue(processed >= 1);

        given().when().get(location).then().statusCode(200)
                .body("version", equalTo((int) version + 1))
                .body("entities.name", hasItem("Cees van Lede"));
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("limit", 0).when().post("/api/admin/reextract").then().statusCode(400);
        given().queryParam("after", "not-a-uuid").when().post("/api/admin/reextract").then().statusCode(400);
    }
}
