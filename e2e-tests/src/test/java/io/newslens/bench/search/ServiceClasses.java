package io.newslens.bench.search;

import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the benchmark borrows from the services at run time: Jackson (to serialise {@code ArticleParsed}
 * as the services do) and search-service's own query builders (so the direct Elasticsearch query is
 * the very request the service sends). Neither Jackson databind nor the Elasticsearch client is on
 * e2e-tests' compile classpath (its pom keeps the services' dependencies out), so bench/search puts
 * search-service's runtime classpath on the JVM's and this class reaches them by reflection.
 */
final class ServiceClasses {

    private final Object mapper;
    private final Method writeValueAsBytes;

    ServiceClasses() throws ReflectiveOperationException {
        // Quarkus' default ObjectMapper: JavaTimeModule, dates as ISO strings.
        Class<?> om = load("com.fasterxml.jackson.databind.ObjectMapper");
        mapper = om.getConstructor().newInstance();
        Class<?> module = load("com.fasterxml.jackson.databind.Module");
        om.getMethod("registerModule", module).invoke(mapper,
                load("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule").getConstructor().newInstance());
        Class<?> feature = load("com.fasterxml.jackson.databind.SerializationFeature");
        om.getMethod("configure", feature, boolean.class).invoke(mapper, enumValue(feature, "WRITE_DATES_AS_TIMESTAMPS"), false);
        writeValueAsBytes = om.getMethod("writeValueAsBytes", Object.class);
    }

    byte[] json(Object event) {
        try {
            return (byte[]) writeValueAsBytes.invoke(mapper, event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("serialising " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * The body of the keyword search request search-service sends for {@code GET /api/search?q=..&size=..}
     * (facets and month histogram on by default), built by the service's own classes as SearchService does:
     * SearchService.keywordQuery (QueryParser, QueryTranslator, SearchQueryBuilder.filters) written by KeywordSearchBody.
     */
    String keywordRequestBody(String q, int size, int maxFacetSize) {
        try {
            Class<?> params = load("io.newslens.search.service.SearchRequestParams");
            Object mode = enumValue(load("io.newslens.search.service.SearchRequestParams$Mode"), "KEYWORD");
            Object sort = enumValue(load("io.newslens.search.service.SearchRequestParams$Sort"), "RELEVANCE");
            Object p = params.getConstructors()[0].newInstance(q, mode, sort, 1, size, null, List.of(), List.of(), List.of(),
                    null, null, null, null, null, null, List.of(), false, true, "month");
            Object query = load("io.newslens.search.service.SearchService").getMethod("keywordQuery", params).invoke(null, p);
            Class<?> jsonpMapper = load("co.elastic.clients.json.JsonpMapper");
            Object mapper = load("co.elastic.clients.json.jackson.JacksonJsonpMapper").getConstructor().newInstance();
            Class<?> writer = load("io.newslens.search.service.KeywordSearchBody");
            Object bodies = writer.getConstructor(jsonpMapper, int.class).newInstance(mapper, maxFacetSize);
            Object body = writer.getMethod("write", params, load("co.elastic.clients.elasticsearch._types.query_dsl.Query"),
                    int.class, int.class, boolean.class).invoke(bodies, p, query, 0, size, true);
            ByteBuffer bytes = (ByteBuffer) load("co.elastic.clients.util.BinaryData").getMethod("asByteBuffer").invoke(body);
            return StandardCharsets.UTF_8.decode(bytes).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not build search-service's request with its own classes", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type.asSubclass(Enum.class), name);
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, true, ServiceClasses.class.getClassLoader());
    }
}
