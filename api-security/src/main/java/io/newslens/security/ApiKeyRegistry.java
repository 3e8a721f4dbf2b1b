package io.newslens.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configured API keys, kept only as SHA-256 digests and compared in constant time, so neither
 * memory dumps nor response timing give a key away. Created at start-up ({@link Startup}), so that a
 * bad key in the configuration stops the service from starting instead of failing every request.
 */
@Startup
@ApplicationScoped
public class ApiKeyRegistry {

    /** Shorter keys are refused at start-up: they could be guessed. */
    public static final int MIN_KEY_LENGTH = 16;
    private static final Logger LOG = Logger.getLogger(ApiKeyRegistry.class);

    public record Client(String name, Set<String> roles) {
    }

    private record Entry(byte[] digest, Client client) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final boolean enabled;

    @Inject
    public ApiKeyRegistry(SecurityConfig config) {
        this(config.apiKeys().enabled(), config.apiKeys().clients());
    }

    ApiKeyRegistry(boolean enabled, Map<String, SecurityConfig.Client> clients) {
        this.enabled = enabled;
        clients.forEach((name, client) -> client.key().filter(k -> !k.isBlank()).ifPresentOrElse(key -> {
            if (key.length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException("the API key of client '" + name + "' is shorter than "
                        + MIN_KEY_LENGTH + " characters");
            }
            entries.add(new Entry(sha256(key), new Client(name, Set.copyOf(client.roles()))));
        }, () -> LOG.debugf("API key client '%s' has no key: ignored", name)));
    }

    public Optional<Client> find(String key) {
        byte[] digest = sha256(key);
        Client found = null;
        for (Entry e : entries) { // no early exit: the time does not depend on which entry matches
            if (MessageDigest.isEqual(e.digest(), digest)) {
                found = e.client();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the X-API-Key mechanism is on. */
    public boolean enabled() {
        return enabled;
    }

    public int size() {
        return entries.size();
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
