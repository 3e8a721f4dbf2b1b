package io.newslens.security.testing;

import io.newslens.security.ApiKeyAuthenticationMechanism;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes every REST Assured request of a service's {@code @QuarkusTest} carry the test client's key
 * ({@value #KEY_PROPERTY}, roles writer, admin and reader in %test), the way a real client does.
 * Registered through META-INF/services of this test-jar, so a service only needs the test-jar
 * dependency. A test sending other credentials sets the header itself (the default is then not added)
 * or starts from {@link #anonymous()} (its filter runs after the global one and removes the key).
 */
public class TestApiKey implements QuarkusTestBeforeEachCallback {

    public static final String HEADER = ApiKeyAuthenticationMechanism.HEADER;
    public static final String KEY_PROPERTY = "newslens.security.api-keys.clients.test.key";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(DefaultKey.class::isInstance)) {
            RestAssured.filters(new DefaultKey());
        }
    }

    /** A global filter (it runs before a request's own filters): adds the test key unless the request has a key. */
    private static final class DefaultKey implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
            if (!request.getHeaders().hasHeaderWithName(HEADER)) {
                request.header(HEADER, key());
            }
            return ctx.next(request, response);
        }
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
