package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.extraction.RawPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Fetches a page for {@code {"url": ...}} submissions. Redirects are followed by hand (at most
 * {@code max-redirects}) so that every hop goes through the {@link AddressGuard}; the body is read
 * under a byte limit and a deadline.
 */
@ApplicationScoped
public class UrlFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final IngestConfig.Fetch config;
    private final AddressGuard guard;
    private final HttpClient client;

    @Inject
    public UrlFetcher(IngestConfig config) {
        this(config.fetch(), InetAddress::getAllByName);
    }

    UrlFetcher(IngestConfig.Fetch config, AddressGuard.Resolver resolver) {
        this.config = config;
        Set<String> allowed = config.allowedHosts().orElse(List.of()).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).collect(Collectors.toSet());
        this.guard = new AddressGuard(config.allowPrivateAddresses(), allowed, resolver);
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    public FetchedPage fetch(String url) {
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            guard.check(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                close(response.body());
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw IngestException.badGateway("fetch-failed", "Redirect " + status + " without Location from " + uri);
                }
                if (hop >= config.maxRedirects()) {
                    throw IngestException.badGateway("too-many-redirects",
                            "More than " + config.maxRedirects() + " redirects starting at " + url);
                }
                uri = resolve(uri, location);
                continue;
            }
            if (status < 200 || status > 299) {
                close(response.body());
                throw IngestException.badGateway("upstream-status", "Fetching " + uri + " answered HTTP " + status + ".");
            }
            return read(uri, response);
        }
    }

    private FetchedPage read(URI uri, HttpResponse<InputStream> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        long declaredLength = response.headers().firstValueAsLong("Content-Length").orElse(-1L);
        if (declaredLength > config.maxBytes()) {
            close(response.body());
            throw IngestException.badGateway("fetched-page-too-large", "The page at " + uri + " is "
                    + declaredLength + " bytes; the limit is " + config.maxBytes() + ".");
        }
        RawPage.Kind kind = switch (mediaType) {
            case "text/html", "application/xhtml+xml" -> RawPage.Kind.HTML;
            case "text/plain" -> RawPage.Kind.TEXT;
            case "" -> null;
            default -> {
                close(response.body());
                throw IngestException.unsupportedMediaType(
                        "The page at " + uri + " has content type '" + mediaType + "'; only HTML and plain text can be ingested.");
            }
        };
        byte[] body = readLimited(uri, response.body());
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

    private byte[] readLimited(URI uri, InputStream in) {
        // The request timeout covers only the headers; close the stream at the deadline to stop a slow body.
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> close(in),
                CompletableFuture.delayedExecutor(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS));
        long deadline = System.nanoTime() + config.requestTimeout().toNanos();
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > config.maxBytes()) {
                    throw IngestException.badGateway("fetched-page-too-large",
                            "The page at " + uri + " exceeds the limit of " + config.maxBytes() + " bytes.");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (System.nanoTime() >= deadline) {
                throw new IngestException(504, "fetch-timeout", "Gateway timeout",
                        "Reading " + uri + " took longer than " + config.requestTimeout() + ".");
            }
            throw IngestException.badGateway("fetch-failed", "Reading " + uri + " failed: " + e.getMessage());
        } finally {
            watchdog.cancel(false);
        }
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(config.requestTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new IngestException(504, "fetch-timeout", "Gateway timeout",
                    "Fetching " + uri + " timed out after " + config.requestTimeout() + ".");
        } catch (IOException e) {
            throw IngestException.badGateway("fetch-failed", "Fetching " + uri + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IngestException.badGateway("fetch-failed", "Interrupted while fetching " + uri);
        } catch (IllegalArgumentException e) {
            throw IngestException.badRequest("invalid-url", "Cannot fetch '" + uri + "': " + e.getMessage());
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

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing to do: the response is abandoned
        }
    }
}
