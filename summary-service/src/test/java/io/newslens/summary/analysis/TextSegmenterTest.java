package io.newslens.summary.analysis;

import io.newslens.common.events.Span;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextSegmenterTest {

    @Test
    void sentencesKeepAbbreviationsInitialsAndOffsets() {
        String text = "  Dr. Smith met U.S. officials on Sept. 11 in Washington. They met India's S. Jaishankar too!\n\n"
                + "\"Is it over?\" he asked. Prices rose 3.5 percent.";
        List<Sentence> s = TextSegmenter.sentences(text);
        assertEquals(List.of("Dr. Smith met U.S. officials on Sept. 11 in Washington.",
                "They met India's S. Jaishankar too!", "\"Is it over?\" he asked.", "Prices rose 3.5 percent."),
                s.stream().map(Sentence::text).toList());
        for (Sentence x : s) assertEquals(x.text(), text.substring(x.start(), x.end()));
        assertEquals(0, s.get(1).paragraph());
        assertEquals(1, s.get(2).paragraph());
    }

    @Test
    void paragraphsAreTrimmedLines() {
        String text = "First line.\n\n  Second paragraph here. \nThird";
        assertEquals(List.of(new Span(0, 11), new Span(15, 37), new Span(39, 44)), TextSegmenter.paragraphs(text));
    }
}
