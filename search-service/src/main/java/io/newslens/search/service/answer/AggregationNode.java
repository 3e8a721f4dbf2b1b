package io.newslens.search.service.answer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One aggregation or bucket of a {@code _search} answer, whatever its type: the few values the service reads
 * (key, doc_count, a cardinality's value, buckets) and its sub-aggregations by name. The request asks for
 * {@code typed_keys}, so a sub-aggregation is exactly a field named {@code type#name}: no field of
 * Elasticsearch's own contains a '#'.
 */
@JsonDeserialize(using = AggregationNode.Reader.class)
public final class AggregationNode {

    private String key;
    private String keyAsString;
    private long docCount;
    private Long value;
    private final List<AggregationNode> buckets = new ArrayList<>();
    private final Map<String, AggregationNode> subs = new HashMap<>(4);

    /** A bucket's key as text (terms: the term; histograms: the number, see {@link #keyAsString()}). */
    public String key() {
        return key;
    }

    public String keyAsString() {
        return keyAsString;
    }

    public long docCount() {
        return docCount;
    }

    /** A single-value metric's value (cardinality), or null. */
    public Long value() {
        return value;
    }

    public List<AggregationNode> buckets() {
        return buckets;
    }

    /** The sub-aggregation of that name, or null. */
    public AggregationNode sub(String name) {
        return subs.get(name);
    }

    /** Reads the node with Jackson's streaming parser; unknown fields are skipped whatever their shape. */
    @RegisterForReflection
    public static final class Reader extends JsonDeserializer<AggregationNode> {

        @Override
        public AggregationNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                return (AggregationNode) ctxt.handleUnexpectedToken(AggregationNode.class, p);
            }
            return read(p);
        }

        private static AggregationNode read(JsonParser p) throws IOException {
            AggregationNode n = new AggregationNode();
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                int hash = field.indexOf('#');
                if (hash >= 0 && t == JsonToken.START_OBJECT) {
                    n.subs.put(field.substring(hash + 1), read(p));
                    continue;
                }
                switch (field) {
                    case "key" -> n.key = p.getValueAsString();
                    case "key_as_string" -> n.keyAsString = p.getValueAsString();
                    case "doc_count" -> n.docCount = p.getValueAsLong();
                    case "value" -> n.value = t.isNumeric() ? p.getValueAsLong() : null;
                    case "buckets" -> {
                        if (t == JsonToken.START_ARRAY) {
                            for (JsonToken b = p.nextToken(); b != JsonToken.END_ARRAY; b = p.nextToken()) {
                                if (b == JsonToken.START_OBJECT) {
                                    n.buckets.add(read(p));
                                } else {
                                    p.skipChildren();
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return n;
        }
    }
}
