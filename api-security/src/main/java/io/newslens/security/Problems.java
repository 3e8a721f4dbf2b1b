package io.newslens.security;

import io.newslens.support.problem.Problem;
import jakarta.ws.rs.core.Response;

/** The problem answers of this module (401, 403, 429), in service-support's one {@link Problem} type. */
final class Problems {

    private Problems() {
    }

    static Response unauthorized(Iterable<String> challenges) {
        Response.ResponseBuilder r = Problem.of(401, "unauthorized", "Unauthorized",
                "Valid credentials are required: an X-API-Key header or an OIDC bearer token.").responseBuilder();
        challenges.forEach(c -> r.header("WWW-Authenticate", c));
        return r.build();
    }

    static Response forbidden() {
        return Problem.of(403, "forbidden", "Forbidden",
                "The authenticated client does not have the role this operation needs.").toResponse();
    }

    static Response tooManyRequests(long retryAfterSeconds) {
        return Problem.of(429, "too-many-requests", "Too many requests",
                        "The client has used up its requests for now; retry after " + retryAfterSeconds + " s.")
                .responseBuilder().header("Retry-After", retryAfterSeconds).build();
    }
}
