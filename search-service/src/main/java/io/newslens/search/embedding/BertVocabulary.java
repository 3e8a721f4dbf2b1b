package io.newslens.search.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The WordPiece vocabulary and settings of a HuggingFace {@code tokenizer.json}, for the BERT-style
 * tokenizers {@link WordPieceTokenizer} implements: BertNormalizer (clean text, Chinese characters apart,
 * lower case, accents stripped), BertPreTokenizer, WordPiece model. Any other kind of tokenizer.json is
 * refused with the setting that does not match, rather than tokenized differently from the model's own.
 */
public final class BertVocabulary {

    private final Map<String, Integer> ids;
    private final String unknownToken;
    private final String continuationPrefix;
    private final int maxCharsPerWord;
    private final List<String> specialTokens;
    private final int truncationLength;

    private BertVocabulary(Map<String, Integer> ids, String unknownToken, String continuationPrefix, int maxCharsPerWord,
                           List<String> specialTokens, int truncationLength) {
        this.ids = ids;
        this.unknownToken = unknownToken;
        this.continuationPrefix = continuationPrefix;
        this.maxCharsPerWord = maxCharsPerWord;
        this.specialTokens = specialTokens;
        this.truncationLength = truncationLength;
    }

    /** Reads a tokenizer.json (the stream is not closed). */
    public static BertVocabulary read(InputStream tokenizerJson) throws IOException {
        return read(tokenizerJson, 0);
    }

    /**
     * @param defaultTruncation the longest input (with [CLS] and [SEP]) when tokenizer.json sets none (bge-small's
     *                          has none: its model reads 512); 0 = tokenizer.json must set it
     */
    public static BertVocabulary read(InputStream tokenizerJson, int defaultTruncation) throws IOException {
        JsonNode root = new ObjectMapper().readTree(tokenizerJson);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("tokenizer.json: not a JSON object");
        }
        JsonNode model = root.path("model");
        require(model, "type", "WordPiece", "model");
        JsonNode normalizer = root.path("normalizer");
        require(normalizer, "type", "BertNormalizer", "normalizer");
        require(normalizer, "clean_text", "true", "normalizer");
        require(normalizer, "handle_chinese_chars", "true", "normalizer");
        require(normalizer, "lowercase", "true", "normalizer");
        JsonNode strip = normalizer.path("strip_accents");
        if (!strip.isNull() && !strip.isMissingNode() && !strip.asBoolean()) {
            // null means "as lowercase", i.e. stripped here
            throw new IllegalArgumentException("tokenizer.json: normalizer.strip_accents=false is not supported");
        }
        require(root.path("pre_tokenizer"), "type", "BertPreTokenizer", "pre_tokenizer");

        Map<String, Integer> ids = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ids.put(e.getKey(), e.getValue().asInt());
        }
        String unk = model.path("unk_token").asText("");
        if (ids.isEmpty() || !ids.containsKey(unk)) {
            throw new IllegalArgumentException("tokenizer.json: empty vocabulary or unk_token '" + unk + "' not in it");
        }
        List<String> special = new ArrayList<>();
        for (JsonNode t : root.path("added_tokens")) {
            if (t.path("normalized").asBoolean(true) || t.path("single_word").asBoolean() || t.path("lstrip").asBoolean()
                    || t.path("rstrip").asBoolean()) {
                throw new IllegalArgumentException("tokenizer.json: added token " + t.path("content")
                        + " is matched in a way not supported (normalized, single_word, lstrip or rstrip)");
            }
            if (t.path("content").asText().isEmpty()) {
                throw new IllegalArgumentException("tokenizer.json: added token without content");
            }
            special.add(t.path("content").asText());
        }
        for (String token : union(special, List.of("[CLS]", "[SEP]"))) {
            if (!ids.containsKey(token)) {
                throw new IllegalArgumentException("tokenizer.json: " + token + " not in the vocabulary");
            }
        }
        int truncation = root.path("truncation").path("max_length").asInt(defaultTruncation);
        if (truncation < 3) {
            throw new IllegalArgumentException("tokenizer.json: truncation.max_length missing or below 3");
        }
        return new BertVocabulary(Map.copyOf(ids), unk, model.path("continuing_subword_prefix").asText("##"),
                model.path("max_input_chars_per_word").asInt(100), List.copyOf(special), truncation);
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void require(JsonNode node, String field, String expected, String where) {
        String actual = node.path(field).asText();
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException("tokenizer.json: " + where + "." + field + " is '" + actual
                    + "', only '" + expected + "' is supported");
        }
    }

    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    /** The id of a token of this vocabulary. */
    public long id(String token) {
        Integer id = ids.get(token);
        if (id == null) {
            throw new IllegalArgumentException("not in the vocabulary: " + token);
        }
        return id;
    }

    public String unknownToken() {
        return unknownToken;
    }

    /** Marks a piece that continues a word ({@code ##}). */
    public String continuationPrefix() {
        return continuationPrefix;
    }

    /** Longer words (in code points) become the unknown token. */
    public int maxCharsPerWord() {
        return maxCharsPerWord;
    }

    /** Tokens matched verbatim in the raw text, before normalisation ([CLS], [SEP], [UNK], ...). */
    public List<String> specialTokens() {
        return specialTokens;
    }

    /** Most tokens the model is given, [CLS] and [SEP] included (the tokenizer's truncation.max_length). */
    public int truncationLength() {
        return truncationLength;
    }
}
