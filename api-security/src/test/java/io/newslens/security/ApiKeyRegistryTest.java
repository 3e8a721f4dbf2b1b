package io.newslens.security;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyRegistryTest {

    private static SecurityConfig config(Map<String, String> properties, Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withSources(new EnvConfigSource(env, 300))
                .withMapping(SecurityConfig.class)
                .build();
        return config.getConfigMapping(SecurityConfig.class);
    }

    @Test
    void findsTheClientOfAKeyAndNothingForOtherKeys() {
        ApiKeyRegistry keys = new ApiKeyRegistry(config(Map.of(
                "newslens.security.api-keys.clients.ops.key", "0123456789abcdef-ops",
                "newslens.security.api-keys.clients.ops.roles", "writer,admin",
                "newslens.security.api-keys.clients.viewer.key", "0123456789abcdef-viewer"), Map.of()));
        assertEquals(new ApiKeyRegistry.Client("ops", Set.of("writer", "admin")), keys.find("0123456789abcdef-ops").orElseThrow());
        assertEquals(Set.of("reader"), keys.find("0123456789abcdef-viewer").orElseThrow().roles(), "least privilege by default");
        assertTrue(keys.find("0123456789abcdef-op").isEmpty());
        assertTrue(keys.find("").isEmpty());
    }

    @Test
    void keysComeFromTheEnvironment() {
        // as a Kubernetes Secret or docker compose would pass them
        ApiKeyRegistry keys = new ApiKeyRegistry(config(Map.of(
                "newslens.security.api-keys.clients.ingester.roles", "writer"), Map.of(
                "NEWSLENS_SECURITY_API_KEYS_CLIENTS_INGESTER_KEY", "from-the-environment-1234")));
        assertEquals("ingester", keys.find("from-the-environment-1234").orElseThrow().name());
    }

    @Test
    void aClientWithoutKeyIsIgnoredAndAShortKeyRefused() {
        ApiKeyRegistry none = new ApiKeyRegistry(config(Map.of(
                "newslens.security.api-keys.clients.unset.roles", "admin",
                "newslens.security.api-keys.clients.unset.key", ""), Map.of()));
        assertEquals(0, none.size());
        assertThrows(IllegalStateException.class, () -> new ApiKeyRegistry(config(Map.of(
                "newslens.security.api-keys.clients.weak.key", "short"), Map.of())));
    }
}
