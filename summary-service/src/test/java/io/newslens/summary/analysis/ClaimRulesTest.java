package io.newslens.summary.analysis;

import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.summary.analysis.claims.ClaimExtractor;
import io.newslens.summary.analysis.claims.ClaimTyper;
import io.newslens.summary.analysis.claims.HedgeDetector;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claim typing, hedging and attribution on single sentences. */
class ClaimRulesTest {

    @Test
    void types() {
        assertEquals("prescriptive", ClaimTyper.type("The government should raise interest rates before the winter."));
        assertEquals("prescriptive", ClaimTyper.type("It is essential for Europe to diversify its gas supplies."));
        assertEquals("predictive", ClaimTyper.type("Inflation will fall below two percent by next spring."));
        assertEquals("predictive", ClaimTyper.type("The merger is unlikely to be approved by regulators."));
        assertEquals("causal", ClaimTyper.type("Prices rose because the harvest failed across the region."));
        assertEquals("causal", ClaimTyper.type("The outcome depends largely on turnout among young voters."));
        assertEquals("evaluative", ClaimTyper.type("The reform is a remarkable achievement for the coalition."));
        assertEquals("evaluative", ClaimTyper.type("The league remains a loose association of rival clubs."));
        assertEquals("factual", ClaimTyper.type("The company employs 4,000 people in three countries."));
        // a condition, not advice; a noun, not a call to act
        assertEquals("predictive", ClaimTyper.type("Should the talks fail, the strike will resume on Monday."));
        assertEquals("predictive", ClaimTyper.type("The union's calls for a pay rise are unlikely to succeed."));
    }

    @Test
    void hedgingCues() {
        assertEquals("cannot be ruled out", HedgeDetector.find("It cannot be ruled out that the bank may fail.").text());
        assertEquals("is not likely", HedgeDetector.find("The deal is not likely to survive the vote.").text());
        assertEquals("not necessarily", HedgeDetector.find("Higher spending does not necessarily mean better care.").text());
        assertEquals("may", HedgeDetector.find("The storm may reach the coast tonight.").text());
        assertEquals("reportedly", HedgeDetector.find("The minister reportedly offered to resign.").text());
        assertNull(HedgeDetector.find("In May the council approved the budget."));
        assertNull(HedgeDetector.find("The council approved the budget on Tuesday."));
    }

    @Test
    void attribution() {
        assertEquals("Wang Yi", attributed("Chinese Foreign Minister Wang Yi pointed out that the talks were useful."));
        assertEquals("Angela Merkel", attributed("German Chancellor Angela Merkel said the euro would survive."));
        assertEquals("Acme Corp", attributed("Acme Corp, which makes rockets, warned that prices would rise."));
        assertEquals("the central bank", attributed("According to the central bank, inflation has peaked."));
        assertEquals("Maria Lopez", attributed("Economist Maria Lopez studied the data. She argues that wages lag prices."));
        assertNull(attributed("Wages lag prices, and the gap is widening."));
        assertNull(attributed("We will soon see whether the plan works."));
    }

    /** The attribution of the last sentence of a short text. */
    private static String attributed(String text) {
        List<Sentence> sentences = TextSegmenter.sentences(text);
        List<Claim> claims = ClaimExtractor.extract(sentences, List.of());
        assertTrue(!claims.isEmpty(), "a claim in: " + text);
        return claims.get(claims.size() - 1).attributedTo();
    }

    @Test
    void claimsAreDeclarativeSentencesWithExactOffsets() {
        String text = "Markets fell sharply.\nWhat happens next?\nAnalysts say the slump could last into next year, "
                + "according to a survey published on Monday.\nShort line";
        List<Claim> claims = ClaimExtractor.extract(TextSegmenter.sentences(text), List.of());
        assertEquals(1, claims.size());
        Claim c = claims.get(0);
        assertEquals(c.text(), text.substring(c.start(), c.end()));
        assertTrue(c.hedged());
        assertEquals("a survey published on Monday", c.attributedTo());
        assertTrue(c.checkworthiness() > 0 && c.checkworthiness() <= 1);
    }
}
