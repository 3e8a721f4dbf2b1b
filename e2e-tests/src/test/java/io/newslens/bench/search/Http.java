package io.newslens.bench.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** One HTTP/1.1 client for every call of the benchmark (services and Elasticsearch alike). */
final class Http {

    record Answer(int status, String body) {
        JsonObject json() {
            return Http.json(body);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Answer send(String method, String url, String contentType, String body) {
        return send(method, url, contentType, body, Map.of());
    }

    Answer send(String method, String url, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(b::header);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Like {@link #send(String, String, String, String)} but fails on a non-2xx answer. */
    Answer ok(String method, String url, String contentType, String body) {
        return ok(method, url, contentType, body, Map.of());
    }

    /** With extra headers, e.g. the API key of a write endpoint. */
    Answer ok(String method, String url, String contentType, String body, Map<String, String> headers) {
        Answer a = send(method, url, contentType, body, headers);
        if (a.status() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " answered " + a.status() + ": " + abbreviate(a.body()));
        }
        return a;
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String s) {
        try (var reader = Json.createReader(new StringReader(s))) {
            return reader.readObject();
        }
    }

    static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }
}
