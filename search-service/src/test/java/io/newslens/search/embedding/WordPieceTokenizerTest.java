package io.newslens.search.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tricky inputs of the tokenizer, each checked against the expected pieces and against DJL's
 * HuggingFace tokenizer on the model's own tokenizer.json.
 */
class WordPieceTokenizerTest {

    private static WordPieceTokenizer tokenizer;
    private static HuggingFaceTokenizer djl;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream json = LangChain4jReference.resource(MiniLmEncoder.TOKENIZER_RESOURCE)) {
            tokenizer = new WordPieceTokenizer(BertVocabulary.read(json));
        }
        djl = LangChain4jReference.tokenizer(false);
    }

    @AfterAll
    static void close() {
        djl.close();
    }

    private static void assertPieces(String text, String... expected) {
        List<String> pieces = tokenizer.tokenize(text);
        assertEquals(List.of(expected), pieces, text);
        List<String> reference = djl.tokenize(text);
        assertEquals(reference.subList(1, reference.size() - 1), pieces, "DJL tokenizes differently: " + text);
    }

    @Test
    void lowerCasesAndStripsAccents() {
        assertPieces("Héllo Wörld, CAFÉ naïve Ångström", "hello", "world", ",", "cafe", "naive", "ang", "##strom");
        // Greek capital sigma at the end of a word: character by character, no final-sigma rule
        assertPieces("ΟΔΟΣ", "ο", "##δ", "##ο", "##σ");
        // dotted capital I: decomposed, the dot stripped
        assertPieces("İstanbul", "istanbul");
    }

    @Test
    void splitsPunctuationIncludingAsciiSymbols() {
        assertPieces("U.S.-led $5+tax (\"quoted\") it's a|b", "u", ".", "s", ".", "-", "led", "$", "5", "+", "tax", "(",
                "\"", "quoted", "\"", ")", "it", "'", "s", "a", "|", "b");
        assertPieces("NATO’s «reset» — again…", "nato", "’", "s", "«", "reset", "»", "—", "again", "…");
    }

    @Test
    void cutsUnknownWordsIntoPiecesOrUnk() {
        assertPieces("unaffable supercalifragilistic", "una", "##ffa", "##ble", "super", "##cal", "##if", "##rag", "##ilis", "##tic");
        assertPieces("emoji 🙂 here", "em", "##oj", "##i", "[UNK]", "here");
        // a word longer than max_input_chars_per_word (100) is one unknown token
        assertPieces("a".repeat(101) + " b", "[UNK]", "b");
        assertEquals(List.of("[UNK]"), tokenizer.tokenize("x".repeat(101)));
        assertTrue(tokenizer.tokenize("x".repeat(100)).size() > 1);
    }

    @Test
    void separatesChineseCharactersButNotKana() {
        assertPieces("東京タワーに行った", "東", "京", "タ", "##ワ", "##ー", "##に", "行", "っ", "##た");
        assertPieces("中文ok", "中", "文", "ok");
    }

    @Test
    void dropsControlCharactersAndSplitsOnEveryWhiteSpace() {
        assertPieces("a\u0000b\u200bc\ufffdd", "abc", "##d");
        assertPieces("one\ttwo\nthree\u00a0four\u2003five\u3000six\u2028seven", "one", "two", "three", "four", "five", "six", "seven");
        assertPieces("", new String[0]);
        assertPieces("   \n\t ", new String[0]);
        assertPieces("\u0001\u200b", new String[0]);
        assertPieces("\u00a0", new String[0]); // a seed page has such a line: not blank for Java, no tokens
    }

    @Test
    void keepsSpecialTokensWrittenInTheText() {
        assertPieces("before[SEP]after [MASK] [mask]", "before", "[SEP]", "after", "[MASK]", "[", "mask", "]");
    }

    @Test
    void modelReadsTheFirst126PiecesOfALongText() {
        String text = "The quick brown fox jumps over the lazy dog. ".repeat(40);
        List<String> pieces = tokenizer.tokenize(text);
        assertEquals(400, pieces.size());
        List<String> input = MiniLmEncoder.modelInput(tokenizer, text);
        assertEquals(126, input.size());
        assertEquals(pieces.subList(0, 126), input);
        assertThrows(IllegalArgumentException.class, () -> MiniLmEncoder.modelInput(tokenizer, " \u200b "));
    }

    @Test
    void glueFallbackOfLangChain4jWhenPiecesDoNotRoundTrip() throws Exception {
        // A tokenizer.json whose special token "new york" (with a space) appears only once the pieces
        // "new" "york" are joined back into text: LangChain4j then glues the pieces together ("newyork").
        String json = """
                {"truncation": {"max_length": 16},
                 "added_tokens": [{"id": 1, "content": "[UNK]", "normalized": false},
                                  {"id": 2, "content": "[CLS]", "normalized": false},
                                  {"id": 3, "content": "[SEP]", "normalized": false},
                                  {"id": 4, "content": "new york", "normalized": false}],
                 "normalizer": {"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true,
                                "strip_accents": null, "lowercase": true},
                 "pre_tokenizer": {"type": "BertPreTokenizer"},
                 "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                           "max_input_chars_per_word": 100,
                           "vocab": {"[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "new york": 4, "new": 5, "york": 6,
                                     "newyork": 7, "city": 8}}}
                """;
        WordPieceTokenizer small = new WordPieceTokenizer(
                BertVocabulary.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("new", "york", "city"), small.tokenize("New York city"));
        assertEquals(List.of("[UNK]"), MiniLmEncoder.modelInput(small, "New York city"));
        assertEquals(List.of("new york", "city"), MiniLmEncoder.modelInput(small, "new york city"));
    }

    @Test
    void refusesOtherKindsOfTokenizer() {
        String bpe = """
                {"truncation": {"max_length": 16}, "model": {"type": "BPE", "vocab": {}},
                 "normalizer": {"type": "BertNormalizer"}, "pre_tokenizer": {"type": "BertPreTokenizer"}}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BertVocabulary.read(new ByteArrayInputStream(bpe.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("model.type is 'BPE'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BertVocabulary.read(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8))));
    }
}
