package io.newslens.search.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.elasticsearch.client.RestClient;

/**
 * The 8.19 Java API client on top of Quarkus' low-level RestClient bean. The 8.19 client is used on
 * purpose: 8.19 servers reject the 9.x client's compatibility headers.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    @Produces
    @Singleton
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // No tracing here: without this the client sets up OpenTelemetry contexts and scopes on every call
        // against the no-op global instance (1-2 % of a search's CPU in search-service, profiled).
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(mapper), null,
                NoopInstrumentation.INSTANCE));
    }
}
