package io.newslens.security;

import jakarta.ws.rs.core.Response;

/** The RFC 9457 problem answers of this module (401, 403, 429), written without a JSON library. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://newslens.io/problems/";

    private Problems() {
    }

    static Response unauthorized(Iterable<String> challenges) {
        Response.ResponseBuilder r = problem(401, "unauthorized", "Unauthorized",
                "Valid credentials are required: an X-API-Key header or an OIDC bearer token.");
        challenges.forEach(c -> r.header("WWW-Authenticate", c));
        return r.build();
    }

    static Response forbidden() {
        return problem(403, "forbidden", "Forbidden",
                "The authenticated client does not have the role this operation needs.").build();
    }

    static Response tooManyRequests(long retryAfterSeconds) {
        return problem(429, "too-many-requests", "Too many requests",
                "The client has used up its requests for now; retry after " + retryAfterSeconds + " s.")
                .header("Retry-After", retryAfterSeconds).build();
    }

    private static Response.ResponseBuilder problem(int status, String slug, String title, String detail) {
        String body = "{\"type\":\"" + TYPE_BASE + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        return Response.status(status).type(MEDIA_TYPE).entity(body);
    }
}
