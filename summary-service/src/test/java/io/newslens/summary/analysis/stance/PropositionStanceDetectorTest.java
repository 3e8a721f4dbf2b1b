package io.newslens.summary.analysis.stance;

import io.newslens.common.events.Span;
import io.newslens.summary.analysis.PropositionStance;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped FNC-1 model behind POST /api/stance on a few hand-written pairs. */
class PropositionStanceDetectorTest {

    private static final ModelStanceDetector DETECTOR = new ModelStanceDetector();

    private static final String HOAX_BODY = """
            A photo that spread on social media this week claimed to show a great white shark swimming down a \
            flooded highway in Houston after the hurricane.
            The image is fake. It was created by combining an old photo of a flooded road with a picture of a \
            shark taken off the coast of South Africa, according to the photographer who took the original.
            "This is not a real shark on a highway, it is a hoax," the photographer said. Several fact-checking \
            sites have debunked the claim, and the city's police department also denied seeing any sharks.""";

    private static final String CONFIRM_BODY = """
            Apple confirmed on Tuesday that it will open its first retail store in Mumbai next month.
            The company said the store, in the Bandra Kurla Complex, will open on April 18, and Chief Executive \
            Tim Cook is expected to attend the opening. Apple has sold its products in India through resellers \
            and an online store until now.
            The Mumbai store will be followed by a second store in New Delhi two days later, Apple said.""";

    @Test
    void refutingBodyDisagrees() {
        PropositionStance s = DETECTOR.detect("Shark swims down flooded Houston highway after hurricane", HOAX_BODY);
        assertEquals("disagree", s.label());
        assertEvidenceInside(s, HOAX_BODY);
    }

    @Test
    void confirmingBodyAgrees() {
        PropositionStance s = DETECTOR.detect("Apple to open its first store in Mumbai", CONFIRM_BODY);
        assertEquals("agree", s.label());
        assertEvidenceInside(s, CONFIRM_BODY);
    }

    @Test
    void otherTopicIsUnrelated() {
        PropositionStance s = DETECTOR.detect("ISIS militants capture oil field in northern Iraq", CONFIRM_BODY);
        assertEquals("unrelated", s.label());
        assertTrue(s.confidence() > 0.5);
    }

    @Test
    void emptyInputIsUnrelated() {
        assertEquals("unrelated", DETECTOR.detect("Anything at all", "").label());
    }

    private static void assertEvidenceInside(PropositionStance s, String body) {
        assertTrue(!s.evidence().isEmpty());
        for (Span e : s.evidence()) {
            assertTrue(e.end() <= body.length());
            assertTrue(!Character.isWhitespace(body.charAt(e.start())));
        }
        assertTrue(s.confidence() > 0 && s.confidence() <= 1);
    }
}
