package io.newslens.search.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.newslens.common.events.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Our tokenizer and encoder against the path they replace (DJL's HuggingFace tokenizer, LangChain4j's
 * OnnxBertBiEncoder) on real article texts: the same token ids, the same vectors (cosine >= 0.9999).
 * FNC-1 parts run when ../shared/benchmarks/fnc-1 is next to the checkout, and are skipped otherwise.
 */
class MiniLmEquivalenceTest {

    /** FNC-1 bodies embedded by both paths (all of them are tokenized by both). */
    private static final int FNC_EMBEDDED = 150;

    private static OrtEnvironment env;
    private static OrtSession session;
    private static WordPieceTokenizer tokenizer;
    private static MiniLmEncoder encoder;
    private static HuggingFaceTokenizer djlWhole;
    private static HuggingFaceTokenizer djlTruncating;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream json = LangChain4jReference.resource(MiniLmEncoder.TOKENIZER_RESOURCE);
             InputStream onnx = LangChain4jReference.resource(MiniLmEncoder.MODEL_RESOURCE)) {
            tokenizer = new WordPieceTokenizer(BertVocabulary.read(json));
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = env.createSession(onnx.readAllBytes(), options);
        }
        encoder = new MiniLmEncoder(env, session, tokenizer);
        djlWhole = LangChain4jReference.tokenizer(false);
        djlTruncating = LangChain4jReference.tokenizer(true);
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
        djlWhole.close();
        djlTruncating.close();
    }

    @Test
    void seedTextsTokenizeAsDjl() {
        List<String> texts = new ArrayList<>(RealTexts.seedPages());
        texts.addAll(RealTexts.seedParagraphs());
        assertSameTokens(texts, "seed pages and paragraphs");
    }

    @Test
    void fncBodiesTokenizeAsDjl() {
        assumeTrue(RealTexts.fncAvailable(), "FNC-1 not found at " + RealTexts.FNC);
        List<String> texts = new ArrayList<>(RealTexts.fncBodies("train_bodies.csv"));
        texts.addAll(RealTexts.fncBodies("competition_test_bodies.csv"));
        assertTrue(texts.size() > 2000, "FNC-1 bodies read: " + texts.size());
        assertSameTokens(texts, "FNC-1 bodies");
    }

    @Test
    void seedTextsEmbedAsLangChain4j() {
        List<String> texts = new ArrayList<>(RealTexts.seedPages());
        texts.addAll(RealTexts.seedParagraphs());
        texts.addAll(embeddedSeedTexts());
        // lines without any token (one is a lone no-break space) are refused by both: textWithoutTokensIsRefusedByBoth
        texts.removeIf(t -> tokenizer.tokenize(t).isEmpty());
        assertSameVectors(texts, encoder, "seed pages, paragraphs and embedded texts");
    }

    @Test
    void fncBodiesEmbedAsLangChain4jOnSeveralThreads() {
        assumeTrue(RealTexts.fncAvailable(), "FNC-1 not found at " + RealTexts.FNC);
        List<String> texts = RealTexts.fncBodies("train_bodies.csv").stream().filter(t -> !t.isBlank())
                .limit(FNC_EMBEDDED).toList();
        List<float[]> expected = LangChain4jReference.embedAll(env, session, texts);
        List<float[]> actual = new MiniLmEmbeddingService(2).embedAll(texts);
        report(texts, expected, actual, "FNC-1 bodies through MiniLmEmbeddingService(threads=2)");
    }

    @Test
    void textWithoutTokensIsRefusedByBoth() {
        for (String text : List.of("\u200b", "\u0000\u0001", "\ufffd", "\u00a0")) {
            assertThrows(IllegalArgumentException.class, () -> encoder.embed(text));
            assertThrows(IllegalArgumentException.class, () -> LangChain4jReference.embedAll(env, session, List.of(text)));
        }
    }

    @Test
    void serviceTreatsTextWithoutTokensAsBlankInsteadOfFailingTheBatch() {
        MiniLmEmbeddingService service = new MiniLmEmbeddingService(2);
        List<String> batch = List.of("\u00a0", "Ebola outbreak spreads in West Africa", "\u200b");
        List<float[]> vectors = service.embedAll(batch);
        assertEquals(3, vectors.size());
        float[] dash = encoder.embed("-");
        assertArrayEquals(dash, vectors.get(0), 1e-6f, "a lone no-break space gets the vector of a blank text");
        assertArrayEquals(dash, vectors.get(2), 1e-6f);
        assertArrayEquals(encoder.embed(batch.get(1)), vectors.get(1), 1e-6f, "the readable text of the batch is embedded as usual");
        assertTrue(service.embed("\u00a0").isEmpty(), "a query the model reads nothing of has no vector");
        assertTrue(service.embed("ebola").isPresent());
    }

    /** What the embedding step embeds for each seed page: first line as title, the rest as paragraphs. */
    private static List<String> embeddedSeedTexts() {
        List<String> out = new ArrayList<>();
        for (String page : RealTexts.seedPages()) {
            String title = page.lines().findFirst().orElse("");
            String body = page.substring(Math.min(page.length(), title.length() + 1));
            List<Span> paragraphs = new ArrayList<>();
            int start = 0;
            for (String line : body.split("\n", -1)) {
                if (!line.isBlank()) {
                    paragraphs.add(new Span(start, start + line.length()));
                }
                start += line.length() + 1;
            }
            out.add(ArticleEmbeddingText.of(title, body, paragraphs, 3, 1200));
        }
        return out;
    }

    private static void assertSameTokens(List<String> texts, String what) {
        long pieces = 0;
        int truncated = 0;
        for (String text : texts) {
            long[] expected = djlWhole.encode(text, false, false).getIds();
            long[] actual = tokenizer.ids(tokenizer.tokenize(text));
            assertArrayEquals(expected, actual, () -> "token ids differ for: " + excerpt(text));
            pieces += actual.length;

            long[] expectedModelInput = djlTruncating.encode(text, true, false).getIds();
            if (expectedModelInput.length > 2) {
                assertArrayEquals(expectedModelInput, withClsSep(tokenizer.ids(encoder.modelInput(text))),
                        () -> "model input differs for: " + excerpt(text));
                truncated += expected.length > expectedModelInput.length - 2 ? 1 : 0;
            }
        }
        System.out.printf("tokens identical to DJL on %d %s (%d word pieces; %d texts truncated to the model's %d tokens)%n",
                texts.size(), what, pieces, truncated, tokenizer.vocabulary().truncationLength());
    }

    private static void assertSameVectors(List<String> texts, MiniLmEncoder encoder, String what) {
        List<float[]> expected = LangChain4jReference.embedAll(env, session, texts);
        List<float[]> actual = texts.stream().map(encoder::embed).toList();
        report(texts, expected, actual, what);
    }

    private static void report(List<String> texts, List<float[]> expected, List<float[]> actual, String what) {
        assertEquals(expected.size(), actual.size());
        double minCosine = 1;
        float maxDiff = 0;
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(EmbeddingService.DIMENSIONS, actual.get(i).length);
            double cos = cosine(expected.get(i), actual.get(i));
            String text = texts.get(i);
            assertTrue(cos >= 0.9999, () -> "cosine " + cos + " for: " + excerpt(text));
            minCosine = Math.min(minCosine, cos);
            for (int d = 0; d < actual.get(i).length; d++) {
                maxDiff = Math.max(maxDiff, Math.abs(expected.get(i)[d] - actual.get(i)[d]));
            }
        }
        System.out.printf("vectors of %d %s: min cosine %.9f, max |difference| %.3g%n", texts.size(), what, minCosine, maxDiff);
    }

    private static long[] withClsSep(long[] ids) {
        long[] out = new long[ids.length + 2];
        out[0] = tokenizer.vocabulary().id("[CLS]");
        System.arraycopy(ids, 0, out, 1, ids.length);
        out[out.length - 1] = tokenizer.vocabulary().id("[SEP]");
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * (double) b[i];
            na += a[i] * (double) a[i];
            nb += b[i] * (double) b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "..." : oneLine + " " + Arrays.toString(oneLine.codePoints().limit(8).toArray());
    }
}
