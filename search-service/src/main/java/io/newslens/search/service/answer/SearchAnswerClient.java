package io.newslens.search.service.answer;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.transport.endpoints.BinaryEndpoint;
import co.elastic.clients.transport.endpoints.BinaryResponse;
import co.elastic.clients.transport.endpoints.EndpointBase;
import co.elastic.clients.util.BinaryData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends a typed {@link SearchRequest} through the client's own {@code _search} endpoint (URL, query parameters,
 * body, error handling: an error answer still throws ElasticsearchException) but binds the answer with Jackson
 * into {@link SearchAnswer} instead of the client's typed response. Decoding the typed response (every
 * aggregation variant, hit metadata, through the JSON-P layer) was the largest share of search-service's CPU per
 * search (profiled under bench/search), and the service reads only a few of its fields. Keyword searches send a
 * body already serialised ({@code KeywordSearchBody}) to the same URL, with the same error handling.
 */
@ApplicationScoped
public class SearchAnswerClient {

    private static final BinaryEndpoint<SearchRequest> SEARCH = SearchRequest._ENDPOINT.withBinaryResponse();
    /** {@code _search} with a body already serialised (KeywordSearchBody); aggregation names typed, as the reader needs. */
    private static final BinaryEndpoint<BodySearch> BODY_SEARCH = new BinaryEndpoint<>("es/search", r -> "POST",
            r -> {
                StringBuilder url = new StringBuilder("/");
                EndpointBase.pathEncode(r.index(), url);
                return url.append("/_search").toString();
            },
            r -> Map.of("index", r.index()), r -> Map.of("typed_keys", "true"), r -> Map.of(), BodySearch::body, null);

    private record BodySearch(String index, BinaryData body) {
    }

    private final ElasticsearchClient es;
    private final ElasticsearchAsyncClient esAsync;
    private final ObjectReader reader;

    public SearchAnswerClient(ElasticsearchClient es, ElasticsearchAsyncClient esAsync, ObjectMapper mapper) {
        this.es = es;
        this.esAsync = esAsync;
        this.reader = mapper.readerFor(SearchAnswer.class);
    }

    /** Blocking: for worker threads. */
    public SearchAnswer search(SearchRequest request) throws IOException {
        return read(es._transport().performRequest(request, SEARCH, es._transportOptions()));
    }

    /** Blocking, with a serialised body: for worker threads. */
    public SearchAnswer search(String index, BinaryData body) throws IOException {
        return read(es._transport().performRequest(new BodySearch(index, body), BODY_SEARCH, es._transportOptions()));
    }

    /** Non-blocking, with a serialised body: the answer is bound on the thread that received it (an event loop). */
    public CompletableFuture<SearchAnswer> searchAsync(String index, BinaryData body) {
        return esAsync._transport().performRequestAsync(new BodySearch(index, body), BODY_SEARCH, esAsync._transportOptions())
                .thenApply(r -> {
                    try {
                        return read(r);
                    } catch (IOException e) {
                        throw new CompletionException(e); // unwrapped by ElasticsearchCalls: 503 like a blocking call
                    }
                });
    }

    private SearchAnswer read(BinaryResponse response) throws IOException {
        try (response; InputStream in = response.content()) {
            return reader.readValue(in);
        }
    }
}
