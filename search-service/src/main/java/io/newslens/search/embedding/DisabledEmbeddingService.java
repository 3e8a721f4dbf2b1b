package io.newslens.search.embedding;

import java.util.List;
import java.util.Optional;

/** Used when newslens.search.embedding.enabled=false: semantic search answers 400, indexing skips vectors. */
public final class DisabledEmbeddingService implements EmbeddingService {
    @Override
    public boolean enabled() {
        return false;
    }

    @Override
    public Optional<float[]> embed(String text) {
        return Optional.empty();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return List.of();
    }
}
