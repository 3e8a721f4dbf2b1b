package io.newslens.search.service;

import io.newslens.search.domain.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HighlightOffsetsTest {

    @Test
    void locatesEscapedFragmentAndMarks() {
        String source = "Intro. Tom & Jerry say \"NATO <expands>\" today.";
        String fragment = "Tom &amp; Jerry say &quot;<mark>NATO</mark> &lt;expands&gt;&quot; today.";
        SearchHit.Highlight h = HighlightOffsets.locate(fragment, source);
        assertEquals(7, h.start());
        assertEquals(source.length(), h.end());
        assertEquals(List.of(new SearchHit.Offsets(24, 28)), h.matches());
        assertEquals("NATO", source.substring(24, 28));
    }

    @Test
    void unknownFragmentHasNoOffsets() {
        SearchHit.Highlight h = HighlightOffsets.locate("<mark>x</mark>", "nothing here");
        assertNull(h.start());
    }
}
