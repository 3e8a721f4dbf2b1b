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

    @Test
    void unknownEntitiesBareAmpersandsAndOtherTagsStayAsTheyAre() {
        String source = "A &foo; B & C <b> D it's E/F, G AND H";
        String fragment = "A &foo; <mark>B</mark> & C <b> D it&#x27;s E&#x2F;F, <mark>G</mark> AND <mark>H</mark>";
        SearchHit.Highlight h = HighlightOffsets.locate(fragment, "prefix " + source);
        assertEquals(7, h.start());
        assertEquals(7 + source.length(), h.end());
        List<String> marked = h.matches().stream().map(m -> ("prefix " + source).substring(m.start(), m.end())).toList();
        assertEquals(List.of("B", "G", "H"), marked);
    }

    @Test
    void fragmentsOfPlainTextOrEndingInMarkupAreLocated() {
        String source = "one two three";
        assertEquals(4, HighlightOffsets.locate("two three", source).start());
        SearchHit.Highlight h = HighlightOffsets.locate("two <mark>three</mark>", source);
        assertEquals(List.of(new SearchHit.Offsets(8, 13)), h.matches());
        assertEquals(13, h.end());
        assertEquals(List.of(), HighlightOffsets.locate("<mark>two three", source).matches(), "an unclosed mark marks nothing");
    }
}
