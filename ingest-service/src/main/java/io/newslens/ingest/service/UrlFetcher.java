package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.extraction.RawPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Fetches a page for {@code {"url": ...}} submissions. Redirects are followed by hand (at most
 * {@code max-redirects}) so that every hop goes through the {@link AddressGuard}; each hop connects
 * to the very address the guard checked (Vert.x {@link RequestOptions#setServer}: Host header and
 * TLS SNI/hostname verification still use the URL's host), so DNS rebinding cannot swap in a
 * private address between check and connect. The body is read under a byte limit and a deadline.
 */
@ApplicationScoped
public class UrlFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** Status, headers and body of one hop. */
    private record Hop(int status, String location, String contentType, Buffer body) {
    }

    private final IngestConfig.Fetch config;
    private final AddressGuard guard;
    private final HttpClient client;

    @Inject
    public UrlFetcher(IngestConfig config, Vertx vertx) {
        this(config.fetch(), InetAddress::getAllByName, vertx);
    }

    UrlFetcher(IngestConfig.Fetch config, AddressGuard.Resolver resolver, Vertx vertx) {
        this.config = config;
        Set<String> allowed = config.allowedHosts().orElse(List.of()).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(Collectors.toSet());
        this.guard = new AddressGuard(config.allowPrivateAddresses(), allowed, resolver);
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()))
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxRedirects(0));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public FetchedPage fetch(String url) {
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            InetAddress address = guard.check(uri);
            Hop response = send(uri, address);
            int status = response.status();
            if (REDIRECTS.contains(status)) {
                if (response.location() == null) {
                    throw IngestException.badGateway("fetch-failed", "Redirect " + status + " without Location from " + uri);
                }
                if (hop >= config.maxRedirects()) {
                    throw IngestException.badGateway("too-many-redirects",
                            "More than " + config.maxRedirects() + " redirects starting at " + url);
                }
                uri = resolve(uri, response.location());
                continue;
            }
            if (status < 200 || status > 299) {
                throw IngestException.badGateway("upstream-status", "Fetching " + uri + " answered HTTP " + status + ".");
            }
            return read(uri, response);
        }
    }

    private FetchedPage read(URI uri, Hop response) {
        String contentType = response.contentType() == null ? "" : response.contentType();
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        RawPage.Kind kind = switch (mediaType) {
            case "text/html", "application/xhtml+xml" -> RawPage.Kind.HTML;
            case "text/plain" -> RawPage.Kind.TEXT;
            case "" -> null;
            default -> throw IngestException.unsupportedMediaType(
                    "The page at " + uri + " has content type '" + mediaType + "'; only HTML and plain text can be ingested.");
        };
        byte[] body = response.body().getBytes();
        if (kind == null) { // no Content-Type: sniff
            String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .stripLeading().toLowerCase(Locale.ROOT);
            kind = head.startsWith("<") ? RawPage.Kind.HTML : RawPage.Kind.TEXT;
        }
        if (body.length == 0) {
            throw IngestException.badGateway("fetch-failed", "The page at " + uri + " is empty.");
        }
        BodyDecoder.Decoded decoded = BodyDecoder.decode(body, contentType, kind == RawPage.Kind.HTML);
        String storedType = mediaType.isEmpty() ? (kind == RawPage.Kind.HTML ? "text/html" : "text/plain") : mediaType;
        return new FetchedPage(uri, body, storedType, decoded.charset(), decoded.text(), kind);
    }

    /** One GET to {@code address}, headers and body under the request timeout and the byte limit. */
    private Hop send(URI uri, InetAddress address) {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(host)
                .setPort(port)
                .setSsl(https)
                .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(config.requestTimeout().toMillis())
                .putHeader("User-Agent", config.userAgent())
                .putHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        // The response listener is attached before the request is sent, so the body handlers are in
        // place before the first chunk arrives (a listener attached after send() can miss a short body).
        Promise<Hop> result = Promise.promise();
        client.request(options).onComplete(ar -> {
            if (ar.failed()) {
                result.tryFail(ar.cause());
                return;
            }
            HttpClientRequest r = ar.result();
            request.set(r);
            r.response().compose(response -> readBody(uri, response)).onComplete(result);
            r.end().onFailure(result::tryFail);
        });
        Future<Hop> hop = result.future();
        try {
            return hop.toCompletionStage().toCompletableFuture()
                    .get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest r = request.get();
            if (r != null) {
                r.reset();
            }
            throw new IngestException(504, "fetch-timeout", "Gateway timeout",
                    "Fetching " + uri + " took longer than " + config.requestTimeout() + ".");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IngestException ie) {
                throw ie;
            }
            throw IngestException.badGateway("fetch-failed", "Fetching " + uri + " failed: "
                    + (cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IngestException.badGateway("fetch-failed", "Interrupted while fetching " + uri);
        }
    }

    private Future<Hop> readBody(URI uri, HttpClientResponse response) {
        int status = response.statusCode();
        String location = response.getHeader("Location");
        String contentType = response.getHeader("Content-Type");
        if (REDIRECTS.contains(status) || status < 200 || status > 299) {
            abandon(response); // the body of a redirect or an error page is not needed
            return Future.succeededFuture(new Hop(status, location, contentType, Buffer.buffer()));
        }
        long declared = parseLength(response.getHeader("Content-Length"));
        if (declared > config.maxBytes()) {
            abandon(response);
            return Future.failedFuture(IngestException.badGateway("fetched-page-too-large", "The page at " + uri + " is "
                    + declared + " bytes; the limit is " + config.maxBytes() + "."));
        }
        Promise<Hop> done = Promise.promise();
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (body.length() + chunk.length() > config.maxBytes()) {
                done.tryFail(IngestException.badGateway("fetched-page-too-large",
                        "The page at " + uri + " exceeds the limit of " + config.maxBytes() + " bytes."));
                response.request().reset();
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(done::tryFail);
        response.endHandler(v -> done.tryComplete(new Hop(status, location, contentType, body)));
        return done.future();
    }

    /** Drops the rest of a response; the reset it causes is expected, not an error to log. */
    private static void abandon(HttpClientResponse response) {
        response.exceptionHandler(ignored -> { });
        response.request().reset();
    }

    private static long parseLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > 4096) {
            throw IngestException.badRequest("invalid-url", "The url is empty or longer than 4096 characters.");
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute()) {
                throw IngestException.badRequest("invalid-url", "The url must be absolute: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw IngestException.badRequest("invalid-url", "Malformed url: " + e.getMessage());
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw IngestException.badGateway("fetch-failed", "Invalid redirect Location '" + location + "'.");
        }
    }
}
