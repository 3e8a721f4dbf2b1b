package io.newslens.support.http;

import java.util.Optional;

/**
 * A service's request body limits, consulted by {@link BodyLimitFilter} before a body is read. A
 * service without one has no limit below {@code quarkus.http.limits.max-body-size}.
 */
public interface BodyLimits {

    /** The most bytes a body may have, and the property that sets it (named in the 413 answer). */
    record Limit(long maxBytes, String property) {
    }

    /** The limit for a request, or empty when this request's body is not limited here. */
    Optional<Limit> limitFor(String method, String path);
}
