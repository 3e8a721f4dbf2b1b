package io.newslens.summary.service;

import io.newslens.summary.analysis.Analyser;
import io.newslens.summary.analysis.ArticleAnalysis;
import io.newslens.summary.analysis.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnalyserRegistryTest {

    record Named(String name) implements Analyser {
        public String version() {
            return "1";
        }

        public ArticleAnalysis analyse(ArticleInput article) {
            return new ArticleAnalysis(null, null, null, null);
        }
    }

    final Analyser placeholder = new Named(AnalyserRegistry.PLACEHOLDER);
    final Analyser builtIn = new Named("built-in");
    final Analyser llm = new Named("llm");

    @Test
    void configuredNameWins() {
        assertEquals(placeholder, AnalyserRegistry.select(List.of(builtIn, placeholder), Optional.of(llm), Optional.of(AnalyserRegistry.PLACEHOLDER)));
        assertEquals(builtIn, AnalyserRegistry.select(List.of(builtIn), Optional.of(llm), Optional.of("built-in")));
    }

    @Test
    void llmWhenConfiguredOtherwiseTheRealBuiltInOverThePlaceholder() {
        assertEquals(llm, AnalyserRegistry.select(List.of(builtIn), Optional.of(llm), Optional.empty()));
        assertEquals(builtIn, AnalyserRegistry.select(List.of(placeholder, builtIn), Optional.empty(), Optional.empty()));
        assertEquals(placeholder, AnalyserRegistry.select(List.of(placeholder), Optional.empty(), Optional.of(" ")));
    }

    @Test
    void unknownNameFailsClearly() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AnalyserRegistry.select(List.of(builtIn), Optional.empty(), Optional.of("llm")));
        assertEquals(true, e.getMessage().contains("base-url"));
    }
}
