package io.newslens.search.config;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.DefaultTransportOptions;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The 8.19 Java API client (8.19 servers reject the 9.x client's compatibility headers), blocking and
 * asynchronous, over one {@link VertxTransportHttpClient}, configured from the same
 * {@code quarkus.elasticsearch.*} keys as Quarkus' low-level RestClient bean (which the index administration
 * and the health check use).
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    @ConfigProperty(name = "quarkus.elasticsearch.hosts")
    List<String> hosts;

    @ConfigProperty(name = "quarkus.elasticsearch.protocol", defaultValue = "http")
    String protocol;

    @ConfigProperty(name = "quarkus.elasticsearch.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.elasticsearch.password")
    Optional<String> password;

    @ConfigProperty(name = "quarkus.elasticsearch.connection-timeout", defaultValue = "1S")
    Duration connectTimeout;

    @ConfigProperty(name = "quarkus.elasticsearch.socket-timeout", defaultValue = "30S")
    Duration socketTimeout;

    @ConfigProperty(name = "quarkus.elasticsearch.max-connections", defaultValue = "20")
    int maxConnections;

    @Produces
    @Singleton
    ElasticsearchTransport transport(Vertx vertx) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<TransportHttpClient.Node> nodes = hosts.stream()
                .map(h -> new TransportHttpClient.Node(protocol + "://" + h.trim())).toList();
        String authorization = username.map(u -> "Basic " + Base64.getEncoder().encodeToString(
                (u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8))).orElse(null);
        TransportHttpClient http = new VertxTransportHttpClient(vertx, nodes, authorization, connectTimeout,
                socketTimeout, maxConnections);
        // No tracing here: without NoopInstrumentation the client sets up OpenTelemetry contexts and scopes on
        // every call against the no-op global instance (1-2 % of a search's CPU in search-service, profiled).
        return new VertxElasticsearchTransport(http, new JacksonJsonpMapper(mapper));
    }

    @Produces
    @Singleton
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    /** For calls made on an event loop: their response is decoded on the event loop that received it. */
    @Produces
    @Singleton
    ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchTransport transport) {
        return new ElasticsearchAsyncClient(transport);
    }

    /** The client's standard transport (request encoding, status and error handling) over the Vert.x client. */
    static final class VertxElasticsearchTransport extends ElasticsearchTransportBase {
        VertxElasticsearchTransport(TransportHttpClient http, JacksonJsonpMapper mapper) {
            super(http, DefaultTransportOptions.EMPTY, mapper, NoopInstrumentation.INSTANCE);
        }
    }

    void close(@Disposes ElasticsearchTransport transport) throws IOException {
        transport.close();
    }
}
