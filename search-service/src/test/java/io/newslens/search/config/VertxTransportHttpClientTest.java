package io.newslens.search.config;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.DefaultTransportOptions;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.util.BinaryData;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.VertxInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP layer of the Java API client on Vert.x: what goes on the wire and what comes back, checked against a
 * Vert.x HTTP server standing in for a node (the real Elasticsearch is exercised by every *Test of the module).
 */
class VertxTransportHttpClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static Vertx vertx;
    private static HttpServer server;
    private static final AtomicReference<Recorded> last = new AtomicReference<>();
    private static volatile int status = 200;
    private static volatile String answer = "{\"ok\":true}";

    record Recorded(String method, String uri, Map<String, String> headers, String body) {
    }

    @BeforeAll
    static void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(VertxTransportHttpClientTest::record)
                .listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static void record(HttpServerRequest req) {
        if (req.path().equals("/connection")) {
            // which client connection carried the request, by its port
            req.response().putHeader("Content-Type", "application/json").putHeader("X-Elastic-Product", "Elasticsearch")
                    .end(String.valueOf(req.connection().remoteAddress().port()));
            return;
        }
        if (req.path().equals("/chunked")) {
            // the answer in three network writes of different sizes, as Elasticsearch streams a large one
            req.response().setChunked(true).putHeader("Content-Type", "application/json")
                    .putHeader("X-Elastic-Product", "Elasticsearch");
            int third = answer.length() / 3;
            req.response().write(answer.substring(0, 7));
            req.response().write(answer.substring(7, third));
            req.response().end(answer.substring(third));
            return;
        }
        req.body().onSuccess(body -> {
            Map<String, String> headers = new LinkedHashMap<>();
            req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            last.set(new Recorded(req.method().name(), req.uri(), headers, body.toString(StandardCharsets.UTF_8)));
            req.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .putHeader("X-Elastic-Product", "Elasticsearch").end(answer);
        });
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void reset() {
        status = 200;
        answer = "{\"ok\":true}";
        last.set(null);
    }

    private static VertxTransportHttpClient client(int port, String authorization) {
        return new VertxTransportHttpClient(vertx, List.of(new TransportHttpClient.Node("http://127.0.0.1:" + port)),
                authorization, Duration.ofSeconds(1), TIMEOUT, 4);
    }

    @Test
    void sendsMethodPathEncodedParametersMergedHeadersAuthorizationAndTheWholeBody() throws IOException {
        VertxTransportHttpClient http = client(server.actualPort(), "Basic dXNlcjpwdw==");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("typed_keys", "true");
        params.put("q", "a b&c");
        TransportHttpClient.Request request = new TransportHttpClient.Request("POST", "/articles/_search", params,
                Map.of("Content-Type", "application/json", "X-Opaque-Id", "from-request"),
                List.of(ByteBuffer.wrap("{\"query\":".getBytes(StandardCharsets.UTF_8)),
                        ByteBuffer.wrap("{\"match_all\":{}}}".getBytes(StandardCharsets.UTF_8))));
        TransportOptions options = DefaultTransportOptions.EMPTY.with(o -> o
                .addHeader("X-Opaque-Id", "from-options").setParameter("pretty", "false"));

        try (TransportHttpClient.Response response = http.performRequest("search", null, request, options)) {
            assertEquals(200, response.statusCode());
            assertEquals("application/json", response.header("content-type"));
            assertEquals("{\"ok\":true}", text(response.body()));
        }
        Recorded sent = last.get();
        assertEquals("POST", sent.method());
        assertEquals("/articles/_search?typed_keys=true&q=a+b%26c&pretty=false", sent.uri());
        assertEquals("from-options", sent.headers().get("x-opaque-id"), "transport options win over request headers");
        assertEquals("Basic dXNlcjpwdw==", sent.headers().get("authorization"));
        assertEquals("{\"query\":{\"match_all\":{}}}", sent.body());
        http.close();
    }

    @Test
    void aChunkedAnswerIsReadWholeAndCanBeReadAgain() throws IOException {
        StringBuilder big = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 20_000; i++) {
            big.append(i == 0 ? "" : ",").append("\"item-").append(i).append("-\u00e9\"");
        }
        answer = big.append("]}").toString();
        VertxTransportHttpClient http = client(server.actualPort(), null);
        TransportHttpClient.Request request = new TransportHttpClient.Request("GET", "/chunked", Map.of(), Map.of(), null);

        try (TransportHttpClient.Response response = http.performRequest("get", null, request, null)) {
            BinaryData body = response.body();
            assertEquals(answer.getBytes(StandardCharsets.UTF_8).length, body.size());
            assertEquals(answer, text(body));
            assertTrue(body.isRepeatable());
            assertEquals(answer, text(body), "read a second time, the same bytes");
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            body.writeTo(copy);
            assertEquals(answer, copy.toString(StandardCharsets.UTF_8));
            ByteBuffer whole = body.asByteBuffer();
            assertEquals(answer, StandardCharsets.UTF_8.decode(whole).toString());
        }
        http.close();
    }

    private static String text(BinaryData body) throws IOException {
        try (InputStream in = body.asInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void errorStatusesReachTheClientAsElasticsearchExceptions() {
        status = 400;
        answer = "{\"error\":{\"type\":\"parsing_exception\",\"reason\":\"bad query\"},\"status\":400}";
        VertxTransportHttpClient http = client(server.actualPort(), null);
        ElasticsearchClient es = new ElasticsearchClient(new ElasticsearchClientProducer.VertxElasticsearchTransport(
                http, new JacksonJsonpMapper()));
        ElasticsearchException e = assertThrows(ElasticsearchException.class, () -> es.count(c -> c.index("x")));
        assertEquals(400, e.status());
        assertEquals("bad query", e.error().reason());
        assertNull(last.get().headers().get("authorization"), "no credentials configured, none sent");
        http.close();
    }

    @Test
    void anUnreachableNodeIsAnIOExceptionForBlockingAndAsynchronousCalls() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        VertxTransportHttpClient http = client(closedPort, null);
        ElasticsearchClientProducer.VertxElasticsearchTransport transport =
                new ElasticsearchClientProducer.VertxElasticsearchTransport(http, new JacksonJsonpMapper());
        assertThrows(IOException.class, () -> new ElasticsearchClient(transport).count(c -> c.index("x")));
        CompletableFuture<?> async = new ElasticsearchAsyncClient(transport).count(c -> c.index("x"));
        Throwable failure = assertThrows(Exception.class, () -> async.get(5, TimeUnit.SECONDS)).getCause();
        assertInstanceOf(IOException.class, failure);
        http.close();
    }

    @Test
    void refusesToBlockAnEventLoop() throws Exception {
        VertxTransportHttpClient http = client(server.actualPort(), null);
        TransportHttpClient.Request request = new TransportHttpClient.Request("GET", "/", Map.of(), Map.of(), null);
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        vertx.runOnContext(v -> {
            try {
                http.performRequest("info", null, request, DefaultTransportOptions.EMPTY);
                thrown.complete(null);
            } catch (Throwable t) {
                thrown.complete(t);
            }
        });
        assertInstanceOf(IllegalStateException.class, thrown.get(5, TimeUnit.SECONDS));
        assertTrue(http.performRequestAsync("info", null, request, DefaultTransportOptions.EMPTY)
                .get(5, TimeUnit.SECONDS).body() != null, "the asynchronous form works from anywhere");
        http.close();
    }

    @Test
    void eachEventLoopKeepsItsOwnConnections() throws Exception {
        VertxTransportHttpClient http = client(server.actualPort(), null);
        TransportHttpClient.Request request = new TransportHttpClient.Request("GET", "/connection", Map.of(), Map.of(), null);
        // two contexts on two different event loops (Vert.x hands out its loops round-robin)
        Context first = ((VertxInternal) vertx).createEventLoopContext();
        Context second = ((VertxInternal) vertx).createEventLoopContext();
        Map<Context, Set<String>> portsByLoop = new LinkedHashMap<>();
        for (int round = 0; round < 6; round++) {
            for (Context loop : List.of(first, second)) {
                CompletableFuture<String> port = new CompletableFuture<>();
                loop.runOnContext(v -> http.performRequestAsync("probe", null, request, null)
                        .thenAccept(r -> port.complete(textOrNull(r)))
                        .exceptionally(t -> {
                            port.completeExceptionally(t);
                            return null;
                        }));
                portsByLoop.computeIfAbsent(loop, k -> new HashSet<>()).add(port.get(5, TimeUnit.SECONDS));
            }
        }
        // one after the other, each loop reuses its one connection, and the loops never share one: with a
        // single shared pool the second loop would have been handed the first loop's idle connection
        assertEquals(1, portsByLoop.get(first).size(), portsByLoop.toString());
        assertEquals(1, portsByLoop.get(second).size(), portsByLoop.toString());
        assertNotEquals(portsByLoop.get(first), portsByLoop.get(second));
        http.close();
    }

    private static String textOrNull(TransportHttpClient.Response response) {
        try {
            return text(response.body());
        } catch (IOException e) {
            return null;
        }
    }
}
