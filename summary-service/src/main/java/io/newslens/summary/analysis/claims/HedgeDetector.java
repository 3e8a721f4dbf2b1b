package io.newslens.summary.analysis.claims;

import io.newslens.summary.analysis.text.Words;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the hedging cue of a sentence ("cannot be ruled out", "not likely", "may", ...), if any. */
public final class HedgeDetector {

    /** Longer, more specific cues first: the first that matches is the reported cue. */
    /** Modal verbs are matched in lower case only so that "May" (the month) is not a hedge. */
    private static final Pattern MODALS = cs("(?:may|might|could)");

    private static final List<Pattern> CUES = List.of(
            ci("(?:cannot|can't|can not|could not|couldn't) be (?:ruled out|excluded)"),
            ci("not be ruled out"),
            ci("(?:is|are|was|were|seems?|appears?) not (?:very )?likely"),
            ci("not likely"),
            ci("not necessarily"),
            ci("it is (?:possible|conceivable|plausible) that"),
            ci("(?:it )?(?:seems|appears) (?:that|to|as if|likely)"),
            ci("(?:is|are|was|were) (?:believed|thought|said|reported|rumou?red|alleged) to"),
            ci("there (?:is|are) (?:some )?(?:signs|indications|speculation)"),
            ci("(?:suggests?|suggested|indicates?) that"),
            ci("to some extent"),
            ci("(?:more or less|in part|partly|somewhat)"),
            ci("unlikely"),
            ci("(?:possibly|perhaps|probably|presumably|maybe|apparently|reportedly|allegedly|arguably|potentially|conceivably|supposedly|purportedly|likely)"),
            MODALS,
            ci("tends? to"));

    private HedgeDetector() {
    }

    private static Pattern ci(String regex) {
        return Pattern.compile("\\b" + regex + "\\b");
    }

    private static Pattern cs(String regex) {
        return Pattern.compile("(?:^|(?<=[\\s,;(\"\u201c]))(?:" + regex + "|M(?:ay|ight)(?= \\w+ \\w+))\\b");
    }

    /** The hedging cue as written in the sentence, or null when the sentence is not hedged. */
    public static Cue find(String sentence) {
        String lower = Words.lower(sentence);
        for (Pattern p : CUES) {
            boolean modal = p == MODALS;
            Matcher m = p.matcher(modal ? sentence : lower);
            while (m.find()) {
                String cue = sentence.substring(m.start(), m.end());
                if (cue.equals("May") && !isSentenceInitial(sentence, m.start())) continue;
                return new Cue(cue, m.start(), m.end());
            }
        }
        return null;
    }

    private static boolean isSentenceInitial(String s, int at) {
        for (int i = 0; i < at; i++) if (Character.isLetterOrDigit(s.charAt(i))) return false;
        return true;
    }

    /** A cue and its offsets within the sentence. */
    public record Cue(String text, int start, int end) {
    }
}
