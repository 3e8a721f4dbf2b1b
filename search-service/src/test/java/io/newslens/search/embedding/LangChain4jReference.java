package io.newslens.search.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The path search-service embedded texts with before {@link MiniLmEncoder}: DJL's HuggingFace tokenizer
 * (Rust) and LangChain4j's OnnxBertBiEncoder, as MiniLmEmbeddingService configured them. Test scope only:
 * the reference the new path is compared with.
 */
final class LangChain4jReference {

    private LangChain4jReference() {
    }

    /** DJL's tokenizer for the model's tokenizer.json; {@code truncate=false} tokenizes texts whole. */
    static HuggingFaceTokenizer tokenizer(boolean truncate) {
        Map<String, String> options = truncate ? Map.of("padding", "false") : Map.of("padding", "false", "truncation", "false");
        try (InputStream json = resource(MiniLmEncoder.TOKENIZER_RESOURCE)) {
            return HuggingFaceTokenizer.newInstance(json, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vectors LangChain4j computes on {@code session} (same model bytes, same thread options). */
    static List<float[]> embedAll(OrtEnvironment env, OrtSession session, List<String> texts) {
        try (InputStream json = resource(MiniLmEncoder.TOKENIZER_RESOURCE)) {
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session, json, PoolingMode.MEAN);
            Model model = new Model(Runnable::run, encoder);
            return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                    .map(e -> e.vector()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = LangChain4jReference.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " not on the class path");
        }
        return in;
    }

    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(Executor executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return EmbeddingService.DIMENSIONS;
        }
    }
}
