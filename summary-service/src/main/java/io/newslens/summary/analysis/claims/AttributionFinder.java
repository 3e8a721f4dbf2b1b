package io.newslens.summary.analysis.claims;

import io.newslens.summary.analysis.entities.Names;
import io.newslens.summary.analysis.text.Sentence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose voice a sentence is in: the person or body it reports ("Wang Yi pointed out that ..." ->
 * Wang Yi; "according to Pope, ..." -> Pope; "He claims that ..." -> the person last named), or
 * null for the author's own voice.
 */
public final class AttributionFinder {

    /** Verbs of saying and judging that introduce someone else's claim. */
    static final String VERBS = "said|says|say|told|tells|stated|states|warned|warns|warn|argued|argues|argue"
            + "|claimed|claims|claim|noted|notes|pointed out|points out|added|adds|insisted|insists|believes|believe"
            + "|believed|thinks|think|contends|contended|asserted|asserts|explained|explains|stressed|stresses"
            + "|emphasi[sz]ed|emphasi[sz]es|suggested|suggests|maintains|maintained|declared|declares"
            + "|acknowledged|admitted|wrote|writes|predicted|predicts|concluded|concludes|observed|observes"
            + "|cautioned|complained|conceded|remarked|announced|announces|reported|reports|insist|urged|urges"
            + "|(?:take|takes|took|hold|holds|held|share|shares|shared|express|expresses|expressed) the (?:view|opinion|position)";

    /** Subject, optional adverbs, reporting verb, then what is reported ("that", a colon, a quote, a clause). */
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "^(?<subject>.{2,200}?)\\s+(?:(?:also|have|has|had|promptly|repeatedly|once|recently|previously|publicly"
                    + "|openly|reportedly|later|then|even|further|strongly|rightly|clearly|explicitly|often|again)\\s+)*"
                    + "(?<verb>" + VERBS + ")\\b(?=\\s*(?:that\\b|:|,|\"|\u201c|\\s+(?:the|a|an|it|this|these|there|he|she|they|we|its|his|her|their|[A-Z])\\b))");
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\b[Aa]ccording to (?<who>(?:the )?[^,.;:]{2,80}?)(?:,|\\.|;|$)");
    /** Quote-final attribution: "... ," said Lavrov. / "...", Lavrov said. */
    private static final Pattern TRAILING = Pattern.compile(
            "[,\"\u201d]\\s*(?:(?:" + VERBS + ")\\s+(?<who1>[^,.;]{2,60})|(?<who2>[^,.;\"\u201d]{2,60}?)\\s+(?:" + VERBS
                    + "))\\s*[.!?]?\\s*$");
    /** Relative clauses and appositions between commas: "Uzbekistan, which took over ..., warned". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(
            ",\\s*(?:which|who|whose|where|an?|the|citing|quoting|according|including|speaking|writing|in)\\b[^,]*,");
    /** A subject with a finite verb or a subordinator in it is a clause, not a speaker. */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|has|have|had|will|"
            + "would|can|could|may|might|should|must|did|does|do|that|if|when|because|while|although|whether|as|than"
            + "|which|who|seem|seems|appears?|please|let|don't|doesn't|didn't|can't|won't|isn't|wasn't|i'm|you're)\\b"
            + "|n['\u2019]t\\b");
    private static final int MAX_SUBJECT_WORDS = 8;

    private AttributionFinder() {
    }

    /**
     * @param previous the sentences before this one (nearest last), used to resolve "he"/"she"
     */
    public static String find(Sentence sentence, List<Sentence> previous) {
        String s = sentence.text();
        Matcher a = ACCORDING_TO.matcher(s);
        if (a.find()) {
            String who = Names.speaker(a.group("who"));
            if (who != null) return who;
        }
        String head = s.replaceFirst("^[\"\u201c\u2018']", "");
        Matcher m = SUBJECT_VERB.matcher(head);
        if (m.find()) {
            String who = speakerOf(m.group("subject"), previous);
            if (who != null) return who;
        }
        // a trailing "..., Lavrov said." sits in the last words: look only there (keeps long sentences linear)
        Matcher t = TRAILING.matcher(s.length() > 160 ? s.substring(s.length() - 160) : s);
        if (t.find()) {
            String who = t.group("who1") != null ? t.group("who1") : t.group("who2");
            String name = Names.speaker(who);
            if (name != null) return name;
        }
        return null;
    }

    private static String speakerOf(String subject, List<Sentence> previous) {
        String subj = subject.replaceFirst("^(?:(?:In|On|At|For|By|After|Before|During|Since|Yet|But|And|So|However|Still|"
                + "Meanwhile|Moreover|Instead|Thus|Indeed|Notably|Similarly|Likewise|Also|Earlier|Later|Last \\w+|"
                + "This \\w+|Today|Yesterday|Previously|Recently)\\b[^,]*,\\s*)+", "");
        subj = RELATIVE_CLAUSE.matcher(subj + ",").replaceAll(",");
        subj = subj.replaceAll("[,\\s]+$", "");
        subj = subj.replaceFirst("^\\(\\d+\\)\\s*", "").trim();
        if (subj.isEmpty() || subj.contains(",") || NOT_A_SUBJECT.matcher(subj).find()) return null;
        if (subj.split("\\s+").length > MAX_SUBJECT_WORDS) return null;
        if (subj.matches("(?i)(?:he|she)")) return Names.firstPerson(previous);
        if (subj.matches("(?i)(?:i|we|it|this|they|there|one|you|these|those|some|many|most|all|others)")) return null;
        return Names.speaker(subj);
    }
}
