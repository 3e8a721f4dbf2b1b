package io.newslens.summary.it;

import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** Each limit of the summary API answered clearly, naming its property and value (defaults). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "services", value = "kafka,postgres"))
class SummaryLimitsTest {

    /** Every request of this test starts here: credentials (e.g. an X-API-Key header) go in this one place. */
    static RequestSpecification api() {
        return given();
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status, String... detailParts) {
        r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status)).body("title", is(org.hamcrest.Matchers.notNullValue()));
        for (String part : detailParts) {
            r.body("detail", containsString(part));
        }
        return r;
    }

    @Test
    void bodySize() {
        byte[] body = ("{\"claim\":\"c\",\"text\":\"" + "a".repeat(1_048_577) + "\"}").getBytes(StandardCharsets.UTF_8);
        problem(api().contentType("application/json").body(body).post("/api/stance").then(), 413,
                "newslens.summary.limits.max-body-bytes", "1048576");
    }

    @Test
    void claimAndTextLength() {
        problem(api().contentType("application/json").body("{\"claim\":\"" + "c".repeat(2001) + "\",\"text\":\"t\"}")
                .post("/api/stance").then(), 400, "newslens.summary.limits.max-claim-chars", "2000");
        problem(api().contentType("application/json").body("{\"claim\":\"c\",\"text\":\"" + "word ".repeat(100_001) + "\"}")
                .post("/api/stance").then(), 400, "newslens.summary.limits.max-text-chars", "500000");
    }

    @Test
    void datesOutsideTheDatabaseRangeAre400NotServerErrors() {
        // found by SummaryFuzzTest: year 1000000000 reached PostgreSQL and came back as a 500
        problem(api().queryParam("from", "+1000000000-01-01T00:00:00Z").get("/api/claims").then(), 400, "between the years 1 and 9999");
        problem(api().queryParam("to", "-5000-01-01T00:00:00Z").get("/api/claims").then(), 400, "between the years 1 and 9999");
    }

    @Test
    void pageSizeAndDeepPaging() {
        problem(api().queryParam("size", 101).get("/api/claims").then(), 400, "newslens.summary.limits.max-page-size", "100");
        problem(api().queryParam("page", 100).queryParam("size", 100).get("/api/claims").then(), 400,
                "newslens.summary.limits.max-result-window", "10000");
        api().queryParam("page", 99).queryParam("size", 100).get("/api/claims").then().statusCode(200);
    }

    /** Regression (found by SummaryFuzzTest): a NUL reached PostgreSQL and was answered 503 "database unavailable". */
    @Test
    void controlCharactersAre400NotDatabaseOutages() {
        problem(api().urlEncodingEnabled(false).get("/api/summaries/a%00b").then(), 400, "articleId");
        problem(api().urlEncodingEnabled(false).get("/api/stances?target=Harb%00our").then(), 400, "target");
        problem(api().urlEncodingEnabled(false).get("/api/claims?entity=x%00y").then(), 400, "entity");
        problem(api().contentType("application/json").body("{\"claim\":\"c\",\"articleId\":\"a\\u0000b\"}")
                .post("/api/stance").then(), 400, "articleId");
        api().get("/api/stances?target=Harbour").then().statusCode(anyOf(is(200)));
    }
}
