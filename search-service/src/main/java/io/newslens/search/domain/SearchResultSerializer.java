package io.newslens.search.domain;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a search answer field by field, in the JSON the records' own annotations give (null fields left out).
 * Jackson's bean serializer reached every record component through reflection: with the highlights' small
 * objects that was about a third of the answer's serialisation, a measurable share of search-service's CPU per
 * search (profiled under bench/search). Values of other types (dates, stances, unexpected facet values) go
 * through the provider's serializers as before.
 */
@RegisterForReflection
public final class SearchResultSerializer extends StdSerializer<SearchResult> {

    public SearchResultSerializer() {
        super(SearchResult.class);
    }

    @Override
    public void serialize(SearchResult r, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeNumberField("total", r.total());
        stringField(g, "totalRelation", r.totalRelation());
        stringField(g, "mode", r.mode());
        g.writeNumberField("page", r.page());
        g.writeNumberField("size", r.size());
        if (r.hits() != null) {
            g.writeArrayFieldStart("hits");
            for (SearchHit hit : r.hits()) {
                HitSerializer.write(hit, g, provider);
            }
            g.writeEndArray();
        }
        if (r.facets() != null) {
            g.writeFieldName("facets");
            facetValue(r.facets(), g, provider);
        }
        if (r.histogram() != null) {
            g.writeFieldName("histogram");
            facetValue(r.histogram(), g, provider);
        }
        stringField(g, "nextCursor", r.nextCursor());
        g.writeEndObject();
    }

    /** Facets are maps of bucket lists, by name or by entity type / stance target. */
    private static void facetValue(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (value instanceof SearchResult.Bucket b) {
            g.writeStartObject();
            stringField(g, "key", b.key());
            g.writeNumberField("count", b.count());
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                facetValue(item, g, provider);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                facetValue(e.getValue(), g, provider);
            }
            g.writeEndObject();
        } else {
            provider.defaultSerializeValue(value, g);
        }
    }

    private static void stringField(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /** One hit, also where hits are answered on their own (similar articles). */
    @RegisterForReflection
    public static final class HitSerializer extends StdSerializer<SearchHit> {

        public HitSerializer() {
            super(SearchHit.class);
        }

        @Override
        public void serialize(SearchHit hit, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(hit, g, provider);
        }

        static void write(SearchHit h, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            stringField(g, "id", h.id());
            stringField(g, "title", h.title());
            stringField(g, "publisher", h.publisher());
            stringArray(g, "authors", h.authors());
            if (h.publishedAt() != null) {
                provider.defaultSerializeField("publishedAt", h.publishedAt(), g); // the mapper's date format
            }
            stringField(g, "language", h.language());
            stringField(g, "sourceUrl", h.sourceUrl());
            if (h.score() != null) {
                g.writeNumberField("score", h.score());
            }
            if (h.highlights() != null) {
                g.writeObjectFieldStart("highlights");
                for (Map.Entry<String, List<SearchHit.Highlight>> field : h.highlights().entrySet()) {
                    g.writeArrayFieldStart(field.getKey());
                    for (SearchHit.Highlight fragment : field.getValue()) {
                        highlight(fragment, g);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            if (h.stances() != null) {
                provider.defaultSerializeField("stances", h.stances(), g);
            }
            stringArray(g, "claimTypes", h.claimTypes());
            g.writeEndObject();
        }

        private static void highlight(SearchHit.Highlight h, JsonGenerator g) throws IOException {
            g.writeStartObject();
            stringField(g, "fragment", h.fragment());
            if (h.start() != null) {
                g.writeNumberField("start", h.start());
            }
            if (h.end() != null) {
                g.writeNumberField("end", h.end());
            }
            if (h.matches() != null) {
                g.writeArrayFieldStart("matches");
                for (SearchHit.Offsets m : h.matches()) {
                    g.writeStartObject();
                    g.writeNumberField("start", m.start());
                    g.writeNumberField("end", m.end());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        private static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
            if (values != null) {
                g.writeArrayFieldStart(name);
                for (String v : values) {
                    g.writeString(v);
                }
                g.writeEndArray();
            }
        }
    }
}
