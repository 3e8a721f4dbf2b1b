package io.newslens.ingest.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newslens.ingest.config.IngestConfig;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fetcher connects to the address the guard checked, for every hop: a resolver that changes
 * its answer (DNS rebinding) cannot steer a connection to loopback, and names, redirects and IP
 * spellings that lead to loopback/private addresses are refused before any connection.
 */
class UrlFetcherPinningTest {

    static Vertx vertx;
    static HttpServer server;
    static int port;
    static final List<String> hits = new CopyOnWriteArrayList<>();
    static final Map<String, String> hostHeaders = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        vertx = Vertx.vertx();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/", ex -> {
            hits.add(ex.getRequestURI().getPath());
            hostHeaders.put(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("Host"));
            switch (ex.getRequestURI().getPath()) {
                case "/to-private-name" -> redirect(ex, "http://internal.test:" + port + "/secret");
                case "/to-mapped-v6" -> redirect(ex, "http://[::ffff:127.0.0.1]:" + port + "/secret");
                case "/to-decimal" -> redirect(ex, "http://2130706433:" + port + "/secret");
                default -> send(ex, "<html><body><p>" + "A page served on loopback. ".repeat(20) + "</p></body></html>");
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        vertx.close();
    }

    @BeforeEach
    void clear() {
        hits.clear();
        hostHeaders.clear();
    }

    @Test
    void rebindingResolverCannotReachLoopback() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        // First answer public (what the guard checks), every later answer 127.0.0.1 (what a re-resolving client would use).
        AddressGuard.Resolver rebinding = host -> new InetAddress[]{lookups.getAndIncrement() == 0
                ? InetAddress.getByAddress(host, new byte[]{(byte) 192, 88, 99, 1})
                : InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
        UrlFetcher fetcher = new UrlFetcher(config(Optional.empty()), rebinding, vertx);
        try {
            fetcher.fetch("http://rebind.test:" + port + "/article.html");
        } catch (IngestException expected) {
            // 192.88.99.1 is unreachable or not our server: any gateway outcome is fine
            assertTrue(expected.status() >= 500, expected.getMessage());
        }
        assertEquals(1, lookups.get(), "one lookup per hop: the connection uses the checked address");
        assertEquals(List.of(), hits, "the loopback server must never be reached");
    }

    @Test
    void connectsToTheResolvedAddressWithTheOriginalHostHeader() {
        AtomicInteger lookups = new AtomicInteger();
        AddressGuard.Resolver fake = host -> {
            lookups.incrementAndGet();
            return new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
        };
        // "pinned.test" is unknown to the system resolver: only the pinned address can have served this
        FetchedPage page = new UrlFetcher(config(Optional.of(List.of("pinned.test"))), fake, vertx)
                .fetch("http://pinned.test:" + port + "/article.html?x=1");
        assertTrue(page.text().contains("A page served on loopback"));
        assertEquals(List.of("/article.html"), hits);
        assertEquals("pinned.test:" + port, hostHeaders.get("/article.html"));
        assertEquals(1, lookups.get());
    }

    @Test
    void nameResolvingToLoopbackIsRefusedBeforeConnecting() {
        AddressGuard.Resolver toLoopback = host -> new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};
        IngestException e = assertThrows(IngestException.class,
                () -> new UrlFetcher(config(Optional.empty()), toLoopback, vertx).fetch("http://evil.test:" + port + "/a"));
        assertEquals(400, e.status());
        assertEquals("url-not-allowed", e.type());
        assertEquals(List.of(), hits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/to-private-name", "/to-mapped-v6", "/to-decimal"})
    void redirectsToPrivateAddressesAreRefused(String start) {
        // the first hop is allowed (allow-listed name on loopback); the redirect target is not
        AddressGuard.Resolver resolver = host -> host.equals("internal.test")
                ? new InetAddress[]{InetAddress.getByAddress(host, new byte[]{10, 0, 0, 7})}
                : host.equals("start.test") ? new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})}
                : InetAddress.getAllByName(host);
        IngestException e = assertThrows(IngestException.class,
                () -> new UrlFetcher(config(Optional.of(List.of("start.test"))), resolver, vertx)
                        .fetch("http://start.test:" + port + start));
        assertEquals(400, e.status(), e.getMessage());
        assertEquals(List.of(start), hits, "only the first hop was fetched");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::1]:%d/a", "http://[::ffff:127.0.0.1]:%d/a", "http://[::ffff:7f00:1]:%d/a",
            "http://[0:0:0:0:0:ffff:127.0.0.1]:%d/a", "http://2130706433:%d/a", "http://0177.0.0.1:%d/a",
            "http://127.000.000.001:%d/a", "http://0x7f.0.0.1:%d/a", "http://0:%d/a", "http://127.0.0.1:%d/a",
            "http://[fe80::1]:%d/a", "http://169.254.169.254:%d/latest/meta-data/", "http://[fd00:ec2::254]:%d/"})
    void loopbackSpellingsAreRefused(String template) {
        String url = String.format(template, port);
        IngestException e = assertThrows(IngestException.class,
                () -> new UrlFetcher(config(Optional.empty()), InetAddress::getAllByName, vertx).fetch(url));
        assertEquals(400, e.status(), url + ": " + e.getMessage());
        assertEquals(List.of(), hits);
    }

    @Test
    void unresolvableHostIs422() {
        AddressGuard.Resolver none = host -> {
            throw new java.net.UnknownHostException(host);
        };
        IngestException e = assertThrows(IngestException.class,
                () -> new UrlFetcher(config(Optional.empty()), none, vertx).fetch("http://no-such-host.invalid/"));
        assertEquals(422, e.status());
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static IngestConfig.Fetch config(Optional<List<String>> allowedHosts) {
        return new IngestConfig.Fetch() {
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            public Duration requestTimeout() {
                return Duration.ofSeconds(2);
            }

            public long maxBytes() {
                return 1 << 20;
            }

            public int maxRedirects() {
                return 3;
            }

            public boolean allowPrivateAddresses() {
                return false;
            }

            public Optional<List<String>> allowedHosts() {
                return allowedHosts;
            }

            public String userAgent() {
                return "test";
            }
        };
    }
}
