package io.newslens.summary.llm;

import io.newslens.common.events.Span;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteLocatorTest {

    static final String TEXT = "First line.\n\nIt\u2019s   a \u201Cquoted\u201D\u00A0sentence \u2014 with dashes. Last one.";

    @Test
    void exactNormalisedAndTrimmedMatches() {
        QuoteLocator locator = new QuoteLocator(TEXT);
        assertEquals(Optional.of(new Span(0, 11)), locator.locate("First line."));
        Span s = locator.locate("It's a \"quoted\" sentence - with dashes.").orElseThrow();
        assertEquals("It\u2019s   a \u201Cquoted\u201D\u00A0sentence \u2014 with dashes.", TEXT.substring(s.start(), s.end()));
        Span trimmed = locator.locate("It's a \"quoted\" sentence - with dashes").orElseThrow();
        assertEquals(s.start(), trimmed.start());
        assertTrue(locator.locate("Not there at all, no.").isEmpty());
        assertTrue(locator.locate("  ").isEmpty());
        assertTrue(locator.locate(null).isEmpty());
    }
}
