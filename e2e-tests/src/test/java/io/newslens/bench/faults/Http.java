package io.newslens.bench.faults;

import io.newslens.localstack.services.NewslensStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few HTTP calls the suite makes; a transport error is an answer of status -1. */
final class Http {

    record Answer(int status, String body) {
        boolean ok() {
            return status == 200;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Http() {
    }

    static Answer get(String url) {
        return get(url, Duration.ofSeconds(15));
    }

    static Answer get(String url, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build());
    }

    /** A GET of a Newslens admin endpoint, with the stack's API key. */
    static Answer get(String url, String apiKey) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header(NewslensStack.API_KEY_HEADER, apiKey).GET().build());
    }

    static Answer post(String url, String contentType, String body, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A POST to a Newslens write endpoint, with the stack's API key. */
    static Answer post(String url, String apiKey, String contentType, String body, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Content-Type", contentType)
                .header(NewslensStack.API_KEY_HEADER, apiKey).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }
}
