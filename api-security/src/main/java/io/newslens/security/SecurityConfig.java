package io.newslens.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code newslens.security.*}: the API keys and the rate limit. Secrets (the keys) come from the
 * environment or a Kubernetes Secret, e.g. {@code NEWSLENS_SECURITY_API_KEYS_CLIENTS_OPS_KEY}; roles and
 * limits are plain configuration. Which paths need which role is in the resources ({@code @RolesAllowed})
 * and, for the read endpoints, in {@code quarkus.http.auth.permission.reads.*} (see README).
 */
@ConfigMapping(prefix = "newslens.security")
public interface SecurityConfig {

    /**
     * Whether the read endpoints need role reader; applied by {@code quarkus.http.auth.permission.reads}
     * (META-INF/microprofile-config.properties of this module). Writes and admin endpoints always need their role.
     */
    @WithDefault("false")
    boolean protectReads();

    ApiKeys apiKeys();

    RateLimit rateLimit();

    interface ApiKeys {
        /** The {@code X-API-Key} mechanism; off when only OIDC bearer tokens are accepted. */
        @WithDefault("true")
        boolean enabled();

        /** Client name (the principal) -> its key and roles. */
        Map<String, Client> clients();
    }

    interface Client {
        /** The secret; a client without one is ignored (so an unset environment variable disables it). */
        Optional<String> key();

        /** Roles granted to the client: {@code reader}, {@code writer}, {@code admin}. */
        @WithDefault("reader")
        Set<String> roles();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make per {@link #period()} on the rate-limited (write) endpoints. */
        @WithDefault("120")
        int requests();

        @WithDefault("PT1M")
        Duration period();

        /** Most clients tracked at once; idle clients (full buckets) are dropped first. */
        @WithDefault("10000")
        int maxClients();

        /** Principals (API key client names, OIDC subjects) that are never limited. */
        Optional<Set<String>> exempt();
    }
}
