package io.newslens.bench.search;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

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
     * (facets and month histogram on by default), built exactly as SearchService.keywordRequest does:
     * QueryParser + QueryTranslator + SearchQueryBuilder.filters/sort/aggregations/highlight/source.
     */
    String keywordRequestBody(String q, int size, int maxFacetSize) {
        try {
            Class<?> params = load("io.newslens.search.service.SearchRequestParams");
            Object mode = enumValue(load("io.newslens.search.service.SearchRequestParams$Mode"), "KEYWORD");
            Object sort = enumValue(load("io.newslens.search.service.SearchRequestParams$Sort"), "RELEVANCE");
            Object p = params.getConstructors()[0].newInstance(q, mode, sort, 1, size, null, List.of(), List.of(), List.of(),
                    null, null, null, null, null, null, List.of(), false, true, "month");
            Class<?> parser = load("io.newslens.search.service.query.QueryParser");
            Object node = parser.getMethod("parse", String.class).invoke(null, q);
            Object text = load("io.newslens.search.service.query.QueryTranslator")
                    .getMethod("toQuery", load("io.newslens.search.service.query.QueryNode")).invoke(null, node);
            Class<?> qb = load("io.newslens.search.service.SearchQueryBuilder");
            Object filters = qb.getMethod("filters", params).invoke(null, p);

            Object bool = builder("co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery$Builder",
                    Map.of("must", List.of(text), "filter", filters));
            Object query = bool.getClass().getMethod("_toQuery").invoke(bool);
            Object track = builder("co.elastic.clients.elasticsearch.core.search.TrackHits$Builder", Map.of("enabled", Boolean.TRUE));
            Object request = builderOrdered("co.elastic.clients.elasticsearch.core.SearchRequest$Builder", List.of(
                    Map.entry("query", query),
                    Map.entry("from", 0),
                    Map.entry("size", size),
                    Map.entry("sort", qb.getMethod("sort", load("io.newslens.search.service.SearchRequestParams$Sort")).invoke(null, sort)),
                    Map.entry("trackTotalHits", track),
                    Map.entry("highlight", qb.getMethod("highlight", load("co.elastic.clients.elasticsearch._types.query_dsl.Query"))
                            .invoke(null, new Object[]{null})),
                    Map.entry("source", qb.getMethod("source").invoke(null)),
                    Map.entry("aggregations", qb.getMethod("aggregations", int.class, String.class).invoke(null, maxFacetSize, "month"))));
            Class<?> jsonpMapper = load("co.elastic.clients.json.JsonpMapper");
            Object jm = load("co.elastic.clients.json.jackson.JacksonJsonpMapper").getConstructor().newInstance();
            return (String) load("co.elastic.clients.json.JsonpUtils").getMethod("toJsonString", Object.class, jsonpMapper)
                    .invoke(null, request, jm);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not build search-service's request with its own classes", e);
        }
    }

    private static Object builder(String builderClass, Map<String, Object> setters) throws ReflectiveOperationException {
        return builderOrdered(builderClass, List.copyOf(setters.entrySet()));
    }

    /** new X.Builder(), each setter with the single-argument overload matching the value, then build(). */
    private static Object builderOrdered(String builderClass, List<Map.Entry<String, Object>> setters)
            throws ReflectiveOperationException {
        Class<?> type = load(builderClass);
        Object b = type.getConstructor().newInstance();
        for (Map.Entry<String, Object> s : setters) {
            setter(type, s.getKey(), s.getValue()).invoke(b, s.getValue());
        }
        return type.getMethod("build").invoke(b);
    }

    private static Method setter(Class<?> type, String name, Object value) throws NoSuchMethodException {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && !m.getParameterTypes()[0].isArray()
                    && !m.getParameterTypes()[0].equals(java.util.function.Function.class)
                    && wrap(m.getParameterTypes()[0]).isInstance(value)) {
                return m;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + "(" + value.getClass().getName() + ")");
    }

    private static Class<?> wrap(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return c == int.class ? Integer.class : c == boolean.class ? Boolean.class : c == long.class ? Long.class : c;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type.asSubclass(Enum.class), name);
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, true, ServiceClasses.class.getClassLoader());
    }
}
