package io.newslens.ingest.rest;

import io.newslens.ingest.TestPages;
import io.newslens.localstack.test.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.newslens.ingest.domain.SimHash;
import io.newslens.ingest.persistence.ArticleRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = {@ResourceArg(name = "services", value = "kafka,postgres"), @ResourceArg(name = "database", value = "ingest")})
class NearDuplicateTest {

    @Inject
    EntityManager em;

    /** The near-duplicate lookup reads candidates through the GIN index on the band keys, not a scan. */
    @Test
    void candidateLookupUsesTheBandIndex() {
        long fp = 0x0123456789abcdefL;
        String bands = IntStream.of(SimHash.bands(fp)).mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "{", "}"));
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            // A test table is tiny, so the planner would rightly prefer a scan; forbid it to see the index path.
            em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("EXPLAIN " + ArticleRepository.NEAREST_ORIGINAL)
                    .setParameter("bands", bands).setParameter("fp", fp).setParameter("maxDistance", 10)
                    .getResultList();
            return String.join("\n", rows);
        });
        assertTrue(plan.contains("article_simhash_bands_idx"), plan);
    }

    /**
     * The same op-ed syndicated by another site: different navigation, cookie banner, teasers and
     * footer around it, and the republisher added a sentence to the first paragraph (so the clean
     * text differs and this is not an exact re-post).
     */
    @Test
    void syndicatedCopyWithDifferentBoilerplatePointsToTheOriginal() {
        String seed = TestPages.seed(3);
        String original = "Home | World | Opinion | Subscribe\nWe use cookies to improve your experience. Accept all\n"
                + "Share this article on Facebook Twitter Email\n\n" + seed
                + "\n\nRelated: Markets rally as central bank holds rates steady\n"
                + "Most read: Ten things to know before the weekend\nCopyright 2025 Daily Example. All rights reserved.\n";
        String body = seed.strip();
        int firstBreak = body.indexOf("\n\n") > 0 ? body.indexOf("\n\n") : body.length();
        String edited = body.substring(0, firstBreak)
                + " This column first appeared in a partner publication and is republished with permission."
                + body.substring(firstBreak);
        String copy = "Skip to main content\nMENU Politics Business Tech Culture\n"
                + "This website uses cookies. By continuing you agree to our privacy policy.\nAdvertisement\n\n" + edited
                + "\n\nRead next: The quiet rise of electric scooters in Paris\n(c) The Example Times 2025\n";

        String originalId = given().contentType("text/plain").body(original)
                .when().post("/api/articles").then().statusCode(201).extract().path("id");
        given().contentType("text/plain").body(copy)
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("id", not(equalTo(originalId)))
                .body("duplicateOf", equalTo(originalId));
    }
}
