package io.newslens.search.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.search.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Owns the versioned indices ({@code articles-v1}, {@code articles-v2}, ...) and the alias in front of
 * them. Creation never checks-then-creates: it creates and treats "already exists" as success, so
 * several instances can start at once.
 */
@ApplicationScoped
public class IndexManager {

    private static final Logger LOG = Logger.getLogger(IndexManager.class);
    private static final Pattern VERSION = Pattern.compile(".*-v(\\d+)$");

    private final RestClient rest;
    private final SearchConfig config;
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean ready;

    public IndexManager(RestClient rest, SearchConfig config) {
        this.rest = rest;
        this.config = config;
    }

    public String alias() {
        return config.index().alias();
    }

    public boolean isReady() {
        return ready;
    }

    /** Makes sure the alias exists and points at an index; idempotent and safe to call concurrently. */
    public void ensureIndex() throws IOException {
        if (ready) {
            return;
        }
        if (currentIndex().isEmpty()) {
            String index = indexName(config.index().version());
            createIndex(index, true);
            // The index may have existed without the alias (an interrupted earlier start): PUT alias is idempotent.
            if (currentIndex().isEmpty()) {
                perform(new Request("PUT", "/" + index + "/_alias/" + alias()));
            }
        }
        addNewFields();
        ready = true;
    }

    /**
     * Puts the mapping of the resource on the live index: fields added since it was created (such as
     * {@code embeddingVersion}) become known; existing fields are unchanged (a conflicting change fails loudly).
     */
    private void addNewFields() throws IOException {
        Request req = new Request("PUT", "/" + alias() + "/_mapping");
        req.setJsonEntity(json.writeValueAsString(json.readTree(mappingJson()).path("mappings")));
        perform(req);
    }

    public String indexName(int version) {
        return alias() + "-v" + version;
    }

    /** Creates an index from the mapping resource; "already exists" counts as success. */
    public void createIndex(String index, boolean withAlias) throws IOException {
        ObjectMapper m = json;
        JsonNode body = m.readTree(mappingJson());
        if (withAlias) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) body).putObject("aliases").putObject(alias());
        }
        if (hasAnalyzer("english")) {
            // a full distribution: stemming English analysis instead of the core-only fallback
            ((com.fasterxml.jackson.databind.node.ObjectNode) body.path("settings").path("analysis").path("analyzer"))
                    .putObject("newslens_text").put("type", "english");
            LOG.info("the cluster has the english analyzer: text fields use it");
        }
        Request req = new Request("PUT", "/" + index);
        req.setJsonEntity(m.writeValueAsString(body));
        try {
            rest.performRequest(req);
            LOG.infof("created index %s%s", index, withAlias ? " behind alias " + alias() : "");
        } catch (ResponseException e) {
            String err = EntityUtils.toString(e.getResponse().getEntity());
            if (err.contains("resource_already_exists_exception")) {
                LOG.debugf("index %s already exists", index);
                return;
            }
            throw e;
        }
    }

    /** Whether the cluster offers a built-in analyzer (the core-only test distribution has no language analyzers). */
    boolean hasAnalyzer(String name) {
        Request req = new Request("POST", "/_analyze");
        req.setJsonEntity("{\"analyzer\":\"" + name + "\",\"text\":\"running\"}");
        try {
            rest.performRequest(req);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The concrete index the alias points at, if any. */
    public Optional<String> currentIndex() throws IOException {
        try {
            Response r = rest.performRequest(new Request("GET", "/_alias/" + alias()));
            JsonNode n = json.readTree(EntityUtils.toString(r.getEntity()));
            Iterator<String> names = n.fieldNames();
            return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public int versionOf(String index) {
        Matcher m = VERSION.matcher(index);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Points the alias at {@code target} and away from {@code previous} in one atomic request. */
    public void switchAlias(String previous, String target) throws IOException {
        String actions = previous == null
                ? "{\"actions\":[{\"add\":{\"index\":\"%s\",\"alias\":\"%s\"}}]}".formatted(target, alias())
                : ("{\"actions\":[{\"remove\":{\"index\":\"%s\",\"alias\":\"%s\"}},"
                        + "{\"add\":{\"index\":\"%s\",\"alias\":\"%s\"}}]}").formatted(previous, alias(), target, alias());
        Request req = new Request("POST", "/_aliases");
        req.setJsonEntity(actions);
        perform(req);
        LOG.infof("alias %s switched from %s to %s", alias(), previous, target);
    }

    public void refresh(String index) throws IOException {
        perform(new Request("POST", "/" + index + "/_refresh"));
    }

    public long count(String index) throws IOException {
        Response r = rest.performRequest(new Request("GET", "/" + index + "/_count"));
        return json.readTree(EntityUtils.toString(r.getEntity())).path("count").asLong();
    }

    private void perform(Request req) throws IOException {
        rest.performRequest(req);
    }

    String mappingJson() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(config.index().mappingResource())) {
            if (in == null) {
                throw new IllegalStateException("mapping resource not found: " + config.index().mappingResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
