package io.newslens.search.config;

import com.sun.net.httpserver.HttpServer;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/**
 * The auth cache swap on a real low-level RestClient talking HTTP to a local server that records the
 * Authorization header it receives: basic auth stays preemptive (sent on the first request, with no
 * 401 round trip) when credentials are configured, nothing is sent without them, and the cache the
 * Apache client consults is the non-serialising one.
 */
class PlainAuthCacheConfigTest {

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> cachesSeen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "none" : auth);
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void credentialsAreSentPreemptivelyThroughThePlainCache() throws Exception {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("newslens", "s3cret"));
        try (RestClient client = client(credentials)) {
            client.performRequest(new Request("GET", "/_cluster/health"));
            client.performRequest(new Request("GET", "/_cluster/health"));
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString("newslens:s3cret".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(expected, expected), authorizations, "one request each, both authenticated up front");
        assertEquals(List.of(PlainAuthCacheConfig.PreemptiveBasic.class.getName(),
                PlainAuthCacheConfig.PreemptiveBasic.class.getName()), cachesSeen);
    }

    @Test
    void withoutCredentialsNoAuthorizationIsSent() throws Exception {
        try (RestClient client = client(null)) {
            client.performRequest(new Request("GET", "/_cluster/health"));
        }
        assertEquals(List.of("none"), authorizations);
        assertEquals(List.of(PlainAuthCacheConfig.PreemptiveBasic.class.getName()), cachesSeen);
    }

    @Test
    void theCacheHandsOutAFreshSchemeEachTime() {
        var cache = PlainAuthCacheConfig.PreemptiveBasic.INSTANCE;
        HttpHost host = new HttpHost("127.0.0.1", 9200);
        assertEquals("basic", cache.get(host).getSchemeName());
        cache.remove(host);
        cache.clear();
        assertEquals("basic", cache.get(host).getSchemeName(), "remove and clear change nothing: every host gets basic auth");
        assertNotSame(cache.get(host), cache.get(host), "schemes carry per-exchange state: never shared");
    }

    private RestClient client(BasicCredentialsProvider credentials) {
        return RestClient.builder(new HttpHost("127.0.0.1", server.getAddress().getPort(), "http"))
                .setHttpClientConfigCallback(b -> {
                    if (credentials != null) {
                        b.setDefaultCredentialsProvider(credentials);
                    }
                    new PlainAuthCacheConfig().customizeHttpClient(b);
                    // runs after the swap: records which cache the Apache auth interceptors consult
                    return b.addInterceptorLast((HttpRequestInterceptor) (request, context) -> {
                        Object cache = context.getAttribute(HttpClientContext.AUTH_CACHE);
                        cachesSeen.add(cache == null ? "none" : cache.getClass().getName());
                    });
                })
                .build();
    }
}
