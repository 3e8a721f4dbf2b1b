package io.newslens.ingest.extraction;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/** Collects the schema.org objects of a page's JSON-LD blocks, flattening arrays and {@code @graph}. */
final class JsonLdReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
            .enable(JsonParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    private JsonLdReader() {
    }

    static List<JsonNode> objects(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data().strip());
            } catch (Exception e) {
                continue; // malformed JSON-LD is common; the page still has other evidence
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            if (root != null) {
                todo.add(root);
            }
            while (!todo.isEmpty() && out.size() < 200) {
                JsonNode n = todo.poll();
                if (n.isArray()) {
                    n.forEach(todo::add);
                } else if (n.isObject()) {
                    out.add(n);
                    JsonNode graph = n.get("@graph");
                    if (graph != null) {
                        todo.add(graph);
                    }
                    JsonNode main = n.get("mainEntity");
                    if (main != null && main.isObject()) {
                        todo.add(main);
                    }
                }
            }
        }
        return out;
    }

    static boolean isArticle(JsonNode n) {
        for (String type : types(n)) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.equals("blogposting") || t.equals("liveblogposting")
                    || t.equals("report") || t.equals("scholarlyarticle") || t.equals("posting")) {
                return true;
            }
        }
        return false;
    }

    static List<String> types(JsonNode n) {
        List<String> out = new ArrayList<>();
        JsonNode t = n.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else {
            out.add(t.asText());
        }
        return out;
    }

    /** A text value: a string, the first string of an array, or an object's name. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return asText(v);
    }

    static String asText(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            String s = v.asText().strip();
            return s.isEmpty() ? null : s;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                String s = asText(x);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (v.isObject()) {
            return asText(v.get("name"));
        }
        return null;
    }

    /** Names of a field that may be a string, an object with a name, or an array of either. */
    static List<String> names(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> out.addAll(names(x)));
        } else {
            String s = asText(v);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
