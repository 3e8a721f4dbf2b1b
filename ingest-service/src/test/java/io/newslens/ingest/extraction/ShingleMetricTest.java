package io.newslens.ingest.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShingleMetricTest {

    @Test
    void tokensFollowPythonUnicodeWordCharacters() {
        assertEquals(List.of("It", "s", "a_b", "3", "5", "café", "日本語"), ShingleMetric.tokens("It's a_b 3.5 café, 日本語!"));
        // a combining mark is not a word character in Python: "e\u0301" splits
        assertEquals(List.of("e", "x"), ShingleMetric.tokens("e\u0301x"));
        assertEquals(List.of("²", "Ⅻ"), ShingleMetric.tokens("² Ⅻ"));
    }

    @Test
    void identicalTextsScoreOne() {
        ShingleMetric.DocScore s = ShingleMetric.score("one two three four five", "one two three four five");
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(2, s.tp());
        assertTrue(s.exact());
    }

    @Test
    void handComputedPartialOverlap() {
        // truth shingles: [a b c d], [b c d e], [c d e f]; extraction: [a b c d], [b c d x]
        ShingleMetric.DocScore s = ShingleMetric.score("a b c d x", "a b c d e f");
        assertEquals(1, s.tp());
        assertEquals(1, s.fp());
        assertEquals(2, s.fn());
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(1.0 / 3, s.recall(), 1e-12);
        assertFalse(s.exact());
    }

    @Test
    void shortTextsAreOneShingleAndDuplicatesCount() {
        ShingleMetric.DocScore s = ShingleMetric.score("hello world", "hello world");
        assertEquals(1, s.tp());
        ShingleMetric.DocScore dup = ShingleMetric.score("a b c d a b c d", "a b c d");
        // extraction shingles: abcd x2, bcda, cdab, dabc; truth: abcd
        assertEquals(1, dup.tp());
        assertEquals(4, dup.fp());
        assertEquals(0, dup.fn());
        assertEquals(0.2, dup.precision(), 1e-12);
        assertEquals(1.0, dup.recall(), 1e-12);
    }

    @Test
    void edgeCasesAndMacroAverages() {
        ShingleMetric.DocScore bothEmpty = ShingleMetric.score("", "");
        assertEquals(1.0, bothEmpty.precision());
        assertEquals(1.0, bothEmpty.recall());
        ShingleMetric.DocScore nothingExtracted = ShingleMetric.score("", "a b c d");
        assertEquals(0.0, nothingExtracted.precision());
        assertEquals(0.0, nothingExtracted.recall());
        ShingleMetric.DocScore nothingTrue = ShingleMetric.score("a b c d", "");
        assertEquals(0.0, nothingTrue.precision());
        assertEquals(0.0, nothingTrue.recall());

        ShingleMetric.DocScore half = ShingleMetric.score("a b c d x", "a b c d e f");
        ShingleMetric.Summary sum = ShingleMetric.summarize(List.of(bothEmpty, nothingExtracted, nothingTrue, half));
        // precision over docs with tp+fp > 0: nothingTrue (0) and half (0.5)
        assertEquals(0.25, sum.precision(), 1e-12);
        // recall over docs with tp+fn > 0: nothingExtracted (0) and half (1/3)
        assertEquals(1.0 / 6, sum.recall(), 1e-12);
        assertEquals(2 * 0.25 * (1.0 / 6) / (0.25 + 1.0 / 6), sum.f1(), 1e-12);
        // token lists equal only for the two empty texts
        assertEquals(0.25, sum.accuracy(), 1e-12);
    }
}
