package io.newslens.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * 401 (no or invalid credentials) and 403 (valid identity without the role) as problem JSON. Needs
 * quarkus.http.auth.proactive=false, so authentication runs inside the REST layer where these apply.
 */
public class SecurityExceptionMappers {

    private final ApiKeyRegistry keys;

    public SecurityExceptionMappers(ApiKeyRegistry keys) {
        this.keys = keys;
    }

    /** How a client may authenticate: the WWW-Authenticate values of a 401. */
    private List<String> challenges() {
        List<String> challenges = new ArrayList<>(2);
        if (keys.enabled()) {
            challenges.add(ApiKeyAuthenticationMechanism.CHALLENGE);
        }
        if (ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true)) {
            challenges.add("Bearer");
        }
        return challenges;
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return Problems.unauthorized(challenges());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return Problems.unauthorized(challenges());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.forbidden();
    }
}
