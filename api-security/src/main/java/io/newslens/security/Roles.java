package io.newslens.security;

/**
 * The roles of the Newslens APIs. OpenAPI documents the {@code X-API-Key} scheme (named
 * {@value #API_KEY_SCHEME}) from quarkus.smallrye-openapi.* in this module's
 * META-INF/microprofile-config.properties, and adds it with 401/403 answers to every @RolesAllowed operation.
 */
public final class Roles {

    /** May read articles, search results, summaries (only checked when reads are protected). */
    public static final String READER = "reader";
    /** May submit articles. */
    public static final String WRITER = "writer";
    /** May run maintenance: reindex, re-analyse. */
    public static final String ADMIN = "admin";

    public static final String API_KEY_SCHEME = "apiKey";

    private Roles() {
    }
}
