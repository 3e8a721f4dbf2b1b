package io.newslens.security;

import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The roles of the Newslens APIs, and the two ways to authenticate as documented in OpenAPI:
 * {@value #API_KEY_SCHEME} (header {@code X-API-Key}) and {@value #BEARER_SCHEME} (OIDC access token).
 */
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = Roles.API_KEY_SCHEME, type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.HEADER, apiKeyName = ApiKeyAuthenticationMechanism.HEADER,
                description = "A client key configured in newslens.security.api-keys.clients.<name>.key"),
        @SecurityScheme(securitySchemeName = Roles.BEARER_SCHEME, type = SecuritySchemeType.HTTP,
                scheme = "bearer", bearerFormat = "JWT",
                description = "An OIDC access token (when quarkus.oidc.tenant-enabled=true)")})
public final class Roles {

    /** May read articles, search results, summaries (only checked when reads are protected). */
    public static final String READER = "reader";
    /** May submit articles. */
    public static final String WRITER = "writer";
    /** May run maintenance: reindex, re-analyse. */
    public static final String ADMIN = "admin";

    public static final String API_KEY_SCHEME = "apiKey";
    public static final String BEARER_SCHEME = "bearer";

    private Roles() {
    }
}
