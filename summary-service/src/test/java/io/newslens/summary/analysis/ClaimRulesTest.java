package io.newslens.summary.analysis;

import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.summary.analysis.claims.Attribution;
import io.newslens.summary.analysis.claims.AttributionFinder;
import io.newslens.summary.analysis.claims.ClaimExtractor;
import io.newslens.summary.analysis.claims.ClaimTyper;
import io.newslens.summary.analysis.claims.HedgeDetector;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claim typing, hedging and attribution on single sentences. */
class ClaimRulesTest {

    @Test
    void judgementKinds() {
        assertEquals("prescriptive", ClaimTyper.judgementKind("The government should raise interest rates before the winter."));
        assertEquals("prescriptive", ClaimTyper.judgementKind("It is essential for Europe to diversify its gas supplies."));
        assertEquals("predictive", ClaimTyper.judgementKind("Inflation will fall below two percent by next spring."));
        assertEquals("predictive", ClaimTyper.judgementKind("The merger is unlikely to be approved by regulators."));
        assertEquals("causal", ClaimTyper.judgementKind("Prices rose because the harvest failed across the region."));
        assertEquals("causal", ClaimTyper.judgementKind("The outcome depends largely on turnout among young voters."));
        assertEquals("evaluative", ClaimTyper.judgementKind("The reform is a remarkable achievement for the coalition."));
        assertEquals("evaluative", ClaimTyper.judgementKind("The league remains a loose association of rival clubs."));
        // a condition, not advice; a noun, not a call to act
        assertEquals("predictive", ClaimTyper.judgementKind("Should the talks fail, the strike will resume on Monday."));
        assertEquals("predictive", ClaimTyper.judgementKind("The union's calls for a pay rise are unlikely to succeed."));
    }

    @Test
    void theLearnedModelSeparatesJudgementsFromEvidence() {
        assertEquals("prescriptive", ClaimTyper.type("The government should raise interest rates before the winter."));
        assertEquals("predictive", ClaimTyper.type("Inflation will fall below two percent by next spring."));
        assertEquals("evaluative", ClaimTyper.type("The reform is a remarkable achievement for the coalition."));
        // evidence: statistics and events are factual
        assertEquals("factual", ClaimTyper.type("The company employs 4,000 people in three countries."));
        assertEquals("factual", ClaimTyper.type("Unemployment rose to 7.4 percent in March, up from 6.9 percent a year earlier."));
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

    @Test
    void describedSourcesAndSpeakersAfterTheClause() {
        assertEquals("a senior official", attributed("The talks collapsed late on Friday, a senior official said."));
        assertEquals("the ministry", attributed("Exports fell by a third in the first quarter, the ministry said in a statement."));
        assertEquals("Officials", attributed("Officials said the bridge would reopen within a week."));
        assertEquals("John Smith", attributed("The plant will close next year, said John Smith, a union organiser."));
    }

    @Test
    void quotationsWithTheSpeakerBeforeOrAfterAndCarriedOn() {
        assertEquals("Ivan Petrov", attributed("\u201cWe are ready to talk,\u201d said Ivan Petrov, the spokesman."));
        assertEquals("the minister", attributed("\u201cThe reform is working,\u201d the minister told reporters on Monday."));
        assertEquals("Jane Doe", attributed("Jane Doe said bluntly: \u201cThe budget does not add up.\u201d"));
        // the quotation runs on over the next sentences: the speaker is carried
        List<Attribution> carried = attributions("\u201cWe will not back down,\u201d said Ana Silva. \u201cThe strike goes on."
                + " Nobody has offered us anything.\u201d");
        assertEquals(List.of("Ana Silva", "Ana Silva", "Ana Silva"), carried.stream().map(Attribution::source).toList());
        // the speaker named where the quotation ends covers its first sentences
        List<Attribution> closing = attributions("\u201cPrices will keep rising. Nobody can stop that,\u201d the governor said.");
        assertEquals(List.of("the governor", "the governor"), closing.stream().map(a -> a == null ? null : a.source()).toList());
        // a quotation the author makes in their own voice, with nobody named, is left unattributed
        assertNull(attributed("The plan was billed as \u201ca new dawn\u201d, but it has delivered little."));
    }

    @Test
    void theSourceSpanPointsAtTheSource() {
        String text = "Inflation will ease by spring, a senior official said on Tuesday.";
        Attribution a = attributions(text).get(0);
        assertEquals("a senior official", text.substring(a.start(), a.end()));
        String two = "Economist Maria Lopez studied the data. She argues that wages lag prices.";
        Attribution b = attributions(two).get(1);
        assertEquals("Maria Lopez", two.substring(b.start(), b.end()));
        assertTrue(b.reportsOpinion(), "argues reports an opinion");
        assertFalse(attributions(text).get(0).reportsOpinion(), "said reports a statement");
    }

    @Test
    void reportedStatementsAreEvidenceAndReportedArgumentsKeepTheirType() {
        List<Claim> claims = ClaimExtractor.extract(TextSegmenter.sentences(
                "The government should raise taxes, the finance minister said on Monday. Economist Maria Lopez studied"
                        + " the data. She argues that the government should raise taxes."), List.of());
        assertEquals("factual", claims.get(0).type());
        assertEquals("prescriptive", claims.get(claims.size() - 1).type());
    }

    private static List<Attribution> attributions(String text) {
        return AttributionFinder.attribute(TextSegmenter.sentences(text));
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
        assertEquals("Analysts", c.attributedTo());
        assertTrue(c.checkworthiness() > 0 && c.checkworthiness() <= 1);
    }
}
