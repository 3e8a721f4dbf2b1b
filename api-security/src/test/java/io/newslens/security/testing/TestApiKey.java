package io.newslens.security.testing;

import io.newslens.security.ApiKeyAuthenticationMechanism;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes every REST Assured request of a service's {@code @QuarkusTest} carry the test client's key
 * ({@value #KEY_PROPERTY}, roles writer, admin and reader in %test), the way a real client does.
 * Registered through META-INF/services of this test-jar, so a service only needs the test-jar
 * dependency. A test sending other credentials sets the header itself (it replaces the default) or
 * starts from {@link #anonymous()}.
 */
public class TestApiKey implements QuarkusTestBeforeEachCallback {

    public static final String HEADER = ApiKeyAuthenticationMechanism.HEADER;
    public static final String KEY_PROPERTY = "newslens.security.api-keys.clients.test.key";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.config = RestAssured.config().headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName(HEADER));
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader(HEADER, key()).build();
    }

    /** The key of the test client, as configured for the service under test. */
    public static String key() {
        return ConfigProvider.getConfig().getValue(KEY_PROPERTY, String.class);
    }

    /** A request without any credentials. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter((request, response, ctx) -> {
            request.removeHeader(HEADER);
            return ctx.next(request, response);
        });
    }

    /** A request with the given key instead of the test client's. */
    public static RequestSpecification withKey(String key) {
        return RestAssured.given().header(HEADER, key);
    }
}
