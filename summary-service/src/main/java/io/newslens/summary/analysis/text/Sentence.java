package io.newslens.summary.analysis.text;

import io.newslens.common.events.Span;

/**
 * One sentence of an article: its text and where it sits.
 *
 * @param index     position among the article's sentences
 * @param paragraph index of the paragraph holding it
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {

    public Span span() {
        return new Span(start, end);
    }
}
