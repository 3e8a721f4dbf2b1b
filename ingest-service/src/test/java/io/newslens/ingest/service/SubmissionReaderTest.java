package io.newslens.ingest.service;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubmissionReaderTest {

    @Test
    void publishedAtAcceptsIsoForms() {
        assertEquals(Instant.parse("2025-07-20T10:15:00Z"), SubmissionReader.instant("2025-07-20T10:15:00Z"));
        assertEquals(Instant.parse("2025-07-20T08:15:00Z"), SubmissionReader.instant("2025-07-20T10:15:00+02:00"));
        assertEquals(Instant.parse("2025-07-20T10:15:00Z"), SubmissionReader.instant("2025-07-20T10:15:00"));
        assertEquals(Instant.parse("2025-07-20T00:00:00Z"), SubmissionReader.instant("2025-07-20"));
        assertNull(SubmissionReader.instant(" "));
        assertEquals(400, assertThrows(IngestException.class, () -> SubmissionReader.instant("21st Sep 2021")).status());
    }

    @Test
    void mediaTypeIgnoresParameters() {
        assertEquals("text/html", SubmissionReader.mediaType("Text/HTML; charset=utf-8"));
        assertEquals("", SubmissionReader.mediaType(null));
    }

    @Test
    void uniqueViolationIsRecognisedThroughCauses() {
        java.sql.SQLException sql = new java.sql.SQLException("duplicate key", "23505");
        assertEquals(true, IngestService.isUniqueViolation(new RuntimeException(new IllegalStateException(sql))));
        assertEquals(false, IngestService.isUniqueViolation(new RuntimeException(new java.sql.SQLException("x", "23503"))));
    }
}
