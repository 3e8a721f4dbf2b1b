package io.newslens.search.embedding;

import java.util.List;
import java.util.Optional;

/** Turns text into a 384-dimensional unit vector; may be switched off (then nothing is embedded). */
public interface EmbeddingService {

    int DIMENSIONS = 384;

    boolean enabled();

    Optional<float[]> embed(String text);

    /** Loads the model ahead of the first request; a no-op when there is nothing to load. */
    default void warmUp() {
    }

    /** One vector per text, same order; empty when disabled. */
    List<float[]> embedAll(List<String> texts);
}
