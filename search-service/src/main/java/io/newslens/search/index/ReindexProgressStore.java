package io.newslens.search.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the progress of the last reindex in Elasticsearch (index {@code <alias>-reindex}, one document,
 * not searchable), so any instance can report it and it survives a restart of the one that ran it.
 */
@ApplicationScoped
public class ReindexProgressStore {

    /** The progress as last saved, and when. */
    public record Saved(ReindexProgress progress, Instant savedAt) {
    }

    private final RestClient rest;
    private final IndexManager indices;
    private final ObjectMapper json;

    public ReindexProgressStore(RestClient rest, IndexManager indices, ObjectMapper json) {
        this.rest = rest;
        this.indices = indices;
        this.json = json;
    }

    String index() {
        return indices.alias() + "-reindex";
    }

    public void save(ReindexProgress p) throws IOException {
        ObjectNode doc = json.createObjectNode();
        doc.set("progress", json.valueToTree(p));
        doc.put("savedAt", Instant.now().toString());
        Request req = new Request("PUT", "/" + index() + "/_doc/current");
        req.setJsonEntity(json.writeValueAsString(doc));
        try {
            rest.performRequest(req);
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw e;
            }
            createIndex();
            rest.performRequest(req);
        }
    }

    public Optional<Saved> load() throws IOException {
        Response r;
        try {
            r = rest.performRequest(new Request("GET", "/" + index() + "/_doc/current"));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        JsonNode source = json.readTree(EntityUtils.toString(r.getEntity())).path("_source");
        return Optional.of(new Saved(json.treeToValue(source.path("progress"), ReindexProgress.class),
                Instant.parse(source.path("savedAt").asText())));
    }

    private void createIndex() throws IOException {
        Request req = new Request("PUT", "/" + index());
        req.setJsonEntity("{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},\"mappings\":{\"enabled\":false}}");
        try {
            rest.performRequest(req);
        } catch (ResponseException e) {
            if (!EntityUtils.toString(e.getResponse().getEntity()).contains("resource_already_exists_exception")) {
                throw e;
            }
        }
    }
}
