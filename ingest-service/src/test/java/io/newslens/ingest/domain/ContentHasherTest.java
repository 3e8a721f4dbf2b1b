package io.newslens.ingest.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContentHasherTest {

    @Test
    void normalisesCaseWhitespaceAndTypography() {
        String a = "Russia\u2019s foreign minister \u2014 Sergei Lavrov \u2014 said \u201cno\u201d.";
        String b = "  russia's   foreign minister - Sergei Lavrov - said \"no\".\n";
        assertEquals(ContentHasher.hash(a), ContentHasher.hash(b));
        assertEquals(64, ContentHasher.hash(a).length());
    }

    @Test
    void differentWordsDifferentHash() {
        assertNotEquals(ContentHasher.hash("NATO met"), ContentHasher.hash("SCO met"));
    }

    @Test
    void sanitizerDropsNulAndRepairsLoneSurrogates() {
        assertEquals("ab\uFFFDc\uD83D\uDE00", TextSanitizer.clean("a\u0000b\uD800c\uD83D\uDE00"));
        assertEquals("plain", TextSanitizer.clean("plain"));
    }
}
