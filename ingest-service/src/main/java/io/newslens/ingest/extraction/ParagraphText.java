package io.newslens.ingest.extraction;

import io.newslens.common.events.Span;

import java.util.ArrayList;
import java.util.List;

/** A body as paragraphs joined by a blank line, with each paragraph's span into the joined text. */
record ParagraphText(String text, List<Span> spans) {

    static final String SEPARATOR = "\n\n";

    ParagraphText {
        spans = List.copyOf(spans);
    }

    static ParagraphText of(List<String> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(SEPARATOR);
            }
            int start = text.length();
            text.append(paragraph);
            spans.add(new Span(start, text.length()));
        }
        return new ParagraphText(text.toString(), spans);
    }
}
