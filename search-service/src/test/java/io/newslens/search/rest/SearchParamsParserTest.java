package io.newslens.search.rest;

import io.newslens.search.service.BadParameterException;
import io.newslens.search.service.CursorCodec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchParamsParserTest {

    @Test
    void datesAcceptDayOrInstantAndToIncludesTheWholeDay() {
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), SearchParamsParser.dateOf("from", "2024-05-01", false));
        assertEquals(Instant.parse("2024-05-01T23:59:59.999Z"), SearchParamsParser.dateOf("to", "2024-05-01", true));
        assertEquals(Instant.parse("2024-05-01T08:00:00Z"),
                SearchParamsParser.dateOf("from", "2024-05-01T10:00:00+02:00", false));
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> SearchParamsParser.dateOf("to", "tomorrow", true));
        assertEquals("to", e.parameter());
    }

    @Test
    void numbersAndBooleansNameTheParameter() {
        assertEquals("size", assertThrows(BadParameterException.class,
                () -> SearchParamsParser.intOf("size", "ten", 10)).parameter());
        assertEquals("facets", assertThrows(BadParameterException.class,
                () -> SearchParamsParser.boolOf("facets", "maybe")).parameter());
        assertEquals(10, SearchParamsParser.intOf("size", " ", 10));
    }

    @Test
    void cursorRoundTripsAndRejectsGarbage() {
        List<Object> values = List.of(1.5, "abc");
        assertEquals(values, CursorCodec.decode(CursorCodec.encode(values)));
        assertEquals("cursor", assertThrows(BadParameterException.class, () -> CursorCodec.decode("%%%")).parameter());
        assertEquals("cursor", assertThrows(BadParameterException.class,
                () -> CursorCodec.decode(CursorCodec.encode(List.<Object>of(List.of(1))))).parameter());
    }
}
