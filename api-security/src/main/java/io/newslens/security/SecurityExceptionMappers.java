package io.newslens.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * 401 (no or invalid credentials) and 403 (valid identity without the role) as problem JSON. Needs
 * quarkus.http.auth.proactive=false, so authentication runs inside the REST layer where these apply.
 */
public class SecurityExceptionMappers {

    private final List<String> challenges = new ArrayList<>();

    public SecurityExceptionMappers(SecurityConfig config,
                                    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidc) {
        if (config.apiKeys().enabled()) {
            challenges.add(ApiKeyAuthenticationMechanism.CHALLENGE);
        }
        if (oidc) {
            challenges.add("Bearer");
        }
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return Problems.unauthorized(challenges);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return Problems.unauthorized(challenges);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.forbidden();
    }
}
