package io.newslens.summary.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON schema the model must answer with (OpenAI structured outputs, strict mode). */
final class AnalysisSchema {

    static final String NAME = "article_analysis";
    static final String[] CLAIM_TYPES = {"factual", "causal", "predictive", "evaluative", "prescriptive"};
    static final String[] STANCE_LABELS = {"favourable", "unfavourable", "neutral", "mixed"};

    private AnalysisSchema() {
    }

    static ObjectNode schema(ObjectMapper mapper) {
        ObjectNode claim = object(mapper, "sentence", "type", "hedged", "hedgeCue", "attributedTo", "entities", "checkworthiness");
        ObjectNode cp = (ObjectNode) claim.get("properties");
        cp.set("sentence", string(mapper, "the claim sentence copied verbatim from the article"));
        cp.set("type", enumOf(mapper, CLAIM_TYPES));
        cp.set("hedged", mapper.createObjectNode().put("type", "boolean"));
        cp.set("hedgeCue", nullableString(mapper, "the hedging words, e.g. \"may\", \"cannot be ruled out\"; null when not hedged"));
        cp.set("attributedTo", nullableString(mapper, "the person or body whose claim it is; null for the author's own voice"));
        cp.set("entities", stringArray(mapper, "entities involved in the claim"));
        cp.set("checkworthiness", number(mapper, "0..1: how much the claim deserves fact-checking"));

        ObjectNode stance = object(mapper, "target", "targetType", "label", "score", "evidence");
        ObjectNode sp = (ObjectNode) stance.get("properties");
        sp.set("target", string(mapper, "a salient entity of the article"));
        sp.set("targetType", string(mapper, "PERSON, ORG, GPE, or OTHER"));
        sp.set("label", enumOf(mapper, STANCE_LABELS));
        sp.set("score", number(mapper, "-1 (unfavourable) .. 1 (favourable)"));
        sp.set("evidence", stringArray(mapper, "sentences copied verbatim that show the stance"));

        ObjectNode root = object(mapper, "thesis", "summary", "claims", "stances");
        ObjectNode rp = (ObjectNode) root.get("properties");
        rp.set("thesis", string(mapper, "the sentence stating the article's main argument, copied verbatim"));
        rp.set("summary", stringArray(mapper, "3 to 5 sentences copied verbatim that summarise the article"));
        rp.set("claims", mapper.createObjectNode().put("type", "array").set("items", claim));
        rp.set("stances", mapper.createObjectNode().put("type", "array").set("items", stance));
        return root;
    }

    private static ObjectNode object(ObjectMapper mapper, String... required) {
        ObjectNode node = mapper.createObjectNode().put("type", "object").put("additionalProperties", false);
        node.putObject("properties");
        ArrayNode req = node.putArray("required");
        for (String r : required) req.add(r);
        return node;
    }

    private static ObjectNode string(ObjectMapper mapper, String description) {
        return mapper.createObjectNode().put("type", "string").put("description", description);
    }

    private static ObjectNode nullableString(ObjectMapper mapper, String description) {
        ObjectNode node = mapper.createObjectNode();
        node.putArray("type").add("string").add("null");
        return node.put("description", description);
    }

    private static ObjectNode number(ObjectMapper mapper, String description) {
        return mapper.createObjectNode().put("type", "number").put("description", description);
    }

    private static ObjectNode stringArray(ObjectMapper mapper, String description) {
        ObjectNode node = mapper.createObjectNode().put("type", "array").put("description", description);
        node.putObject("items").put("type", "string");
        return node;
    }

    private static ObjectNode enumOf(ObjectMapper mapper, String[] values) {
        ObjectNode node = mapper.createObjectNode().put("type", "string");
        ArrayNode e = node.putArray("enum");
        for (String v : values) e.add(v);
        return node;
    }
}
