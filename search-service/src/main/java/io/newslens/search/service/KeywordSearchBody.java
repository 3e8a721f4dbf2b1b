package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.NoCopyByteArrayOutputStream;
import jakarta.json.stream.JsonGenerator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON body of a keyword search. Its own part (query and filters, paging, cursor, collapse) is serialised by
 * the client's mapper for every search; the part all keyword searches with the same sort and facets share (sort,
 * highlight, {@code _source}, aggregations: most of the body) is serialised once and appended as bytes. Serialising
 * the whole typed request for each search was ~6 % of search-service's CPU per search (profiled under bench/search).
 * <p>
 * bench/search builds its direct Elasticsearch query with this class, so both sides send the same bytes.
 */
public final class KeywordSearchBody {

    private static final String CONTENT_TYPE = "application/json";

    private final JsonpMapper mapper;
    private final int maxFacetSize;
    /** Bounded: two sorts x facets on/off x four intervals x collapse on/off. */
    private final Map<SharedKey, byte[]> sharedParts = new ConcurrentHashMap<>();

    private record SharedKey(SearchRequestParams.Sort sort, boolean facets, String interval, boolean collapse) {
    }

    public KeywordSearchBody(JsonpMapper mapper, int maxFacetSize) {
        this.mapper = mapper;
        this.maxFacetSize = maxFacetSize;
    }

    /** The body for hits {@code from .. from + size} of {@code query} (text and filters) with the options of {@code p}. */
    public BinaryData write(SearchRequestParams p, Query query, int from, int size, boolean facets) {
        SearchRequest own = SearchRequest.of(s -> {
            s.query(query).from(from).size(size).trackTotalHits(t -> t.enabled(true));
            if (p.cursor() != null) {
                s.searchAfter(p.cursor().stream().map(FieldValue::of).toList());
            }
            if (p.collapseDuplicates()) {
                s.collapse(c -> c.field("collapseKey"));
            }
            return s;
        });
        byte[] shared = sharedParts.computeIfAbsent(
                new SharedKey(p.sort(), facets, facets ? p.histogramInterval() : null, p.collapseDuplicates()),
                this::sharedPart);
        NoCopyByteArrayOutputStream out = serialize(own);
        // {"query":..,"size":10} + ,"aggregations":..,"sort":..} : the own object's closing brace gives way
        int ownLength = out.size() - 1;
        byte[] body = new byte[ownLength + shared.length];
        System.arraycopy(out.array(), 0, body, 0, ownLength);
        System.arraycopy(shared, 0, body, ownLength, shared.length);
        return BinaryData.of(body, CONTENT_TYPE);
    }

    /** The shared fields as the continuation of an object: {@code ,"aggregations":..,"sort":..}}. */
    private byte[] sharedPart(SharedKey k) {
        SearchRequest shared = SearchRequest.of(s -> {
            s.sort(SearchQueryBuilder.sort(k.sort())).highlight(SearchQueryBuilder.highlight(null))
                    .source(SearchQueryBuilder.source());
            Map<String, Aggregation> aggregations = SearchQueryBuilder.searchAggregations(maxFacetSize, k.facets(),
                    k.interval(), k.collapse());
            return aggregations.isEmpty() ? s : s.aggregations(aggregations);
        });
        NoCopyByteArrayOutputStream out = serialize(shared);
        byte[] part = new byte[out.size()];
        System.arraycopy(out.array(), 0, part, 0, part.length);
        part[0] = ','; // was the object's opening brace
        return part;
    }

    private NoCopyByteArrayOutputStream serialize(SearchRequest request) {
        NoCopyByteArrayOutputStream out = new NoCopyByteArrayOutputStream();
        try (JsonGenerator g = mapper.jsonProvider().createGenerator(out)) {
            mapper.serialize(request, g);
        }
        return out;
    }
}
