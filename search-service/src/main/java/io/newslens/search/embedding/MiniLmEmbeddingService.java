package io.newslens.search.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantized) running in-process through ONNX Runtime; the model ships inside the
 * Maven artifact, nothing is downloaded. Loaded on first use (~1 s), or ahead of it by {@link EmbeddingWarmUp}.
 */
public final class MiniLmEmbeddingService implements EmbeddingService {

    private final int threads;
    private volatile EmbeddingModel model;

    /** @param threads how many texts of one {@link #embedAll} call run through the model at once */
    public MiniLmEmbeddingService(int threads) {
        this.threads = Math.max(1, threads);
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                        Thread t = new Thread(r, "embedding-model");
                        t.setDaemon(true);
                        return t;
                    });
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
                }
                m = model;
            }
        }
        return m;
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
}
