package io.newslens.summary.analysis.claims;

import io.newslens.summary.analysis.text.Words;
import io.newslens.summary.analysis.text.SentimentLexicon;
import io.newslens.summary.analysis.text.Tokenizer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types a claim sentence. Whether it is the author's own judgement or evidence (factual: events, statistics,
 * reported statements) is learned ({@link ClaimModels#opinion()}); a judgement's kind then comes from its cues,
 * most specific first: prescriptive (what ought to be done), predictive (what will happen), causal (what brings
 * what about), else evaluative (a judgement).
 */
public final class ClaimTyper {

    public static final String FACTUAL = "factual";
    public static final String CAUSAL = "causal";
    public static final String PREDICTIVE = "predictive";
    public static final String EVALUATIVE = "evaluative";
    public static final String PRESCRIPTIVE = "prescriptive";
    public static final List<String> TYPES = List.of(FACTUAL, CAUSAL, PREDICTIVE, EVALUATIVE, PRESCRIPTIVE);

    private static final Pattern PRESCRIPTIVE_CUES = p(
            "should(?! (?:the|a|an|it|we|they|he|she|this|that|there)\\b)|must|ought to|needs? to|has to|have to"
                    + "|it is (?:necessary|essential|vital|imperative|important|crucial|time|high time|advisable|wise|urgent)"
                    + " (?:to|that|for)|it (?:makes|would make) sense|(?:recommend|recommends|recommended|urge|urges|urged)"
                    + "|calls? (?:on|for)|called (?:on|for)|let us|let's|we need|is not an option|is a requirement"
                    + "|(?:it|this) would be (?:wise|better|best|prudent)");
    private static final Pattern PREDICTIVE_CUES = p(
            "will|won't|would|going to|(?:un)?likely to|unlikely|(?:is|are) expected to|set to|poised to|bound to"
                    + "|soon|in the (?:near |coming )?future|in the coming|forecasts?|predicts?|predicted|projected to"
                    + "|(?:may|might|could|can) (?:soon |eventually |one day )?(?:become|be|lead|turn|evolve|emerge|develop"
                    + "|prove|grow|rise|fall|end|position|help|bring|replace|rival)|(?:next|coming) (?:year|decade|month)s?");
    private static final Pattern CAUSAL_CUES = p(
            "because|due to|owing to|thanks to|as a (?:result|consequence)|results? in|resulted in|leads? to|led to"
                    + "|caus(?:e|es|ed|ing)|driven by|depends?(?: \\w+)? on|depended(?: \\w+)? on|dependent on"
                    + "|(?:weakened|strengthened|influenced|triggered|fuell?ed|prompted|undermined|hampered|boosted"
                    + "|bolstered|shaped|spurred|motivated|affected|hit|damaged|hurt|harmed|eroded) by"
                    + "|so that|consequently|hence|(?:that|this) is why|that's why|explains?|the reason|contributes? to"
                    + "|contributed to|in order to|stems? from|stemmed from|(?:has|have) caused");
    private static final Pattern EVALUATIVE_CUES = p(
            "(?:is|are|was|were) (?:assessed|seen|viewed|regarded|considered|perceived|judged|deemed|characteri[sz]ed)"
                    + "|assessed to be|regarded as|viewed as|seen as|considered (?:to be|as)|imply|implies|implied"
                    + "|necessarily|symboli[sz]es?|amounts? to|is (?:clear|obvious|evident) that"
                    + "|(?:is|are|was|were|became|becomes|become|remains?|remained|(?:has|have|had) been)"
                    + "(?: (?:still|very much|now|not|also|only|just|merely|simply|essentially|largely|clearly|indeed|more|less|far|hardly|no longer|already))*"
                    + " (?:a|an|more than|less than|far from|nothing but|little more than)"
                    + "|rather than|(?:is|are) (?:not )?as \\w+ as");
    private static final Set<String> EVALUATIVE_WORDS = Words.of("important", "significant", "significance",
            "notable", "noteworthy", "remarkable", "successful", "essential", "vital", "crucial", "clear", "obvious",
            "hard", "easy", "difficult", "good", "bad", "wise", "unwise", "inevitable", "genuine", "meaningful",
            "serious", "seriously", "highly", "very", "extremely", "deeply", "particularly", "excessively", "absurdly",
            "arguably", "effective", "ineffective", "useful", "useless", "strategic", "bizarre", "strange", "better",
            "worse", "best", "worst", "unfair", "fair", "right", "wrong", "mistake", "failure", "dangerous", "sensible",
            "reasonable", "unreasonable", "impressive", "disappointing", "loose", "shaky", "fragile", "robust",
            "strong", "weak", "real", "mere", "merely", "only", "true", "false", "key", "central", "main");
    private static final Pattern REPORTED_OPINION = p(
            "claims?|claimed|argues?|argued|believes?|believed|thinks?|thought|contends?|contended|insists?|insisted"
                    + "|maintains?|maintained|asserts?|asserted|characteri[sz]ed|considers?");

    private ClaimTyper() {
    }

    private static Pattern p(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives.toLowerCase(java.util.Locale.ROOT) + ")\\b");
    }

    /** The type of a sentence in the author's own voice. */
    public static String type(String sentence) {
        return type(sentence, ClaimModels.opinion().probability(ClaimFeatures.of(sentence)), null);
    }

    /**
     * @param opinion     the learned probability that the sentence is a judgement rather than evidence
     * @param attribution whose voice the sentence reports, or null for the author's
     */
    public static String type(String sentence, double opinion, Attribution attribution) {
        // a report of what someone said or wrote is evidence; a report of what someone thinks or argues is a
        // judgement (theirs), of the kind its cues say
        if (attribution != null) return attribution.reportsOpinion() ? judgementKind(sentence) : FACTUAL;
        if (opinion < ClaimModels.opinion().threshold()) return FACTUAL;
        return judgementKind(sentence);
    }

    /** The kind of a judgement by its cues: prescriptive, predictive, causal, else evaluative. */
    public static String judgementKind(String sentence) {
        String lower = Words.lower(sentence);
        if (hasPrescriptiveCue(lower)) return PRESCRIPTIVE;
        if (PREDICTIVE_CUES.matcher(lower).find()) return PREDICTIVE;
        if (CAUSAL_CUES.matcher(lower).find()) return CAUSAL;
        return EVALUATIVE;
    }

    /** The cue classes present, as model features ("cue:predictive", ...). */
    static List<String> cueFeatures(String sentence) {
        String lower = Words.lower(sentence);
        List<String> out = new java.util.ArrayList<>(4);
        if (hasPrescriptiveCue(lower)) out.add("cue:prescriptive");
        if (PREDICTIVE_CUES.matcher(lower).find()) out.add("cue:predictive");
        if (CAUSAL_CUES.matcher(lower).find()) out.add("cue:causal");
        if (isEvaluative(lower)) out.add("cue:evaluative");
        return out;
    }

    /** A prescriptive cue used as such: not "its calls for ..." (a noun) nor "Should the US ..." (a condition). */
    private static boolean hasPrescriptiveCue(String sentence) {
        java.util.regex.Matcher m = PRESCRIPTIVE_CUES.matcher(sentence);
        while (m.find()) {
            String cue = m.group().toLowerCase(java.util.Locale.ROOT);
            if (cue.startsWith("call")) {
                String before = sentence.substring(0, m.start()).trim();
                if (before.matches("(?is).*(?:\\b(?:the|its|their|his|her|our|these|those|such|growing|repeated|many)|['\u2019]s?)$")) {
                    continue;
                }
            }
            return true;
        }
        return false;
    }

    /** @param sentence lower-cased */
    static boolean isEvaluative(String sentence) {
        if (EVALUATIVE_CUES.matcher(sentence).find()) return true;
        if (REPORTED_OPINION.matcher(sentence).find()) return true;
        SentimentLexicon lex = SentimentLexicon.get();
        for (String w : Tokenizer.words(sentence)) {
            if (EVALUATIVE_WORDS.contains(w) || Math.abs(lex.score(w)) >= 2) return true;
        }
        return false;
    }
}
