package io.newslens.summary.analysis.claims;

import io.newslens.summary.analysis.entities.Names;
import io.newslens.summary.analysis.text.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties reported speech and quotations to their source, by the structure English reporting takes rather than by
 * names: a subject before a reporting verb ("Wang Yi pointed out that ...", "a senior official said ..."),
 * "according to X", a speaker after a quotation or a clause ("..., said Lavrov." / "...," the ministry said), and
 * quotations that run on over consecutive sentences (the speaker carried from the sentence that names them, or
 * taken from the sentence that closes the quotation). "He"/"she" resolve to the person last named; "I"/"we" are
 * the author.
 */
public final class AttributionFinder {

    /** Verbs that report what someone said or wrote. */
    static final String SAYING = "said|says|say|told|tells|tell|stated|states|state|warned|warns|warn|noted|notes"
            + "|pointed out|points out|added|adds|explained|explains|stressed|stresses|emphasi[sz]ed|emphasi[sz]es"
            + "|declared|declares|acknowledged|acknowledges|admitted|admits|wrote|writes|write|predicted|predicts"
            + "|concluded|concludes|observed|observes|cautioned|cautions|complained|complains|conceded|concedes"
            + "|remarked|announced|announces|reported|reports|report|urged|urges|urge|asked|asks|replied|replies"
            + "|recalled|recalls|confirmed|confirms|denied|denies|revealed|reveals|estimated|estimates|estimate"
            + "|found|finds|showed|shows|testified|alleged|alleges|responded|continued|went on|quipped|joked|tweeted"
            + "|posted|recounted|boasted|cited|cites|quoted|quotes|disclosed|discloses|indicated|indicates|told reporters";
    /** Verbs that report what someone thinks or argues: the claim reported keeps its own type. */
    static final String ARGUING = "argued|argues|argue|claimed|claims|claim|believes|believe|believed|thinks|think"
            + "|contends|contended|contend|insisted|insists|insist|maintains|maintained|maintain|asserted|asserts"
            + "|assert|suggested|suggests|suggest|considers|considered|reckons|reckoned|feels|felt|fears|feared"
            + "|(?:take|takes|took|hold|holds|held|share|shares|shared|express|expresses|expressed) the (?:view|opinion|position)";
    private static final String VERBS = SAYING + "|" + ARGUING;
    private static final Pattern ARGUING_VERB = Pattern.compile("^(?:" + ARGUING + ")$");
    private static final String ADVERBS = "(?:(?:also|have|has|had|has also|promptly|repeatedly|once|recently|previously"
            + "|publicly|openly|reportedly|later|then|even|further|strongly|rightly|clearly|explicitly|often|again"
            + "|once again|earlier|separately|privately|bluntly|flatly|long|already|meanwhile|now|still|later|first)\\s+)*";
    private static final String TIME = "(?:\\s+(?:on|in|at|during|after|before|last|this|earlier|yesterday|today|late|when"
            + "|while|to|of|from|after)\\b[^\u201c\u201d\"]*)?";

    /** Subject, optional adverbs, reporting verb, then what is reported ("that", a colon, a quote, a clause). */
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "^(?<subject>.{2,200}?)\\s+" + ADVERBS + "(?<verb>" + VERBS + ")\\b(?:\\s+[a-z]+ly\\b)?(?=\\s*(?:that\\b|:|,|\"|\u201c"
                    + "|\\s+(?:the|a|an|it|this|these|there|he|she|they|we|its|his|her|their|in|on|at|[A-Z])\\b))");
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\b[Aa]ccording to (?<who>(?:the )?[^,;:\u201c\u201d\"]{2,80}?)(?:,|;|:|\\.(?=\\s|$)|$)");
    /** How a speaker phrase after a quotation or clause begins: a capital, a determiner or a pronoun. */
    private static final String SPEAKER_START = "(?=[A-Z]|(?:a|an|the|one|another|two|three|some|several|many|his|her|their"
            + "|its|our|he|she|they|police|officials|experts|analysts|critics|sources|authorities|residents|witnesses)\\b)";
    /** A speaker after a closing quotation mark: "...," said Lavrov. / "...," the ministry said on Monday. */
    private static final Pattern AFTER_QUOTE = Pattern.compile(
            "[\u201d\"]\\s*(?:(?<verb1>" + VERBS + ")\\s+(?<who1>[^,.;:\u201c\u201d\"]{2,80}?)(?=\\s*(?:[,.;:!?]|$))"
                    + "|" + SPEAKER_START + "(?<who2>[^,.;:\u201c\u201d\"]{2,80}?)\\s+" + ADVERBS + "(?<verb2>" + VERBS + ")\\b)");
    /** A speaker after a clause, at the sentence's end: "..., the ministry said." / "..., said Lavrov." */
    private static final Pattern AFTER_CLAUSE = Pattern.compile(
            ",\\s*(?:(?<verb1>" + VERBS + ")\\s+(?<who1>[^,;:\u201c\u201d\"]{2,80}?)(?:,[^,;:\u201c\u201d\"]{1,80})?"
                    + "|" + SPEAKER_START + "(?<who2>[^,;:\u201c\u201d\"]{2,80}?)\\s+" + ADVERBS + "(?<verb2>" + VERBS + ")" + TIME + ")"
                    + "\\s*[.!]?[\u201d\"']?\\s*$");
    /** Introductory adverbials before the subject: "On Monday, ...", "However, ...". */
    private static final Pattern INTRO = Pattern.compile("^(?:(?:In|On|At|For|By|After|Before|During|Since|Yet|But|And"
            + "|So|However|Still|Meanwhile|Moreover|Instead|Thus|Indeed|Notably|Similarly|Likewise|Also|Earlier|Later"
            + "|Last \\w+|This \\w+|Today|Yesterday|Previously|Recently|Separately|Speaking|Asked|Writing|When|While|As"
            + "|If|Although|Though|Because|Once|Until|Whereas)\\b[^,]*,\\s*)+");
    /** Relative clauses and appositions between commas: "Uzbekistan, which took over ..., warned", "X, 41, said". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",(?!\\s*(?:he|she|they|it|we|i|you)\\b)[^,]{1,120},");
    /** A subject with a finite verb or a subordinator in it is a clause, not a speaker. */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|has|have|had|will|"
            + "would|can|could|may|might|should|must|did|does|do|that|if|when|because|while|although|whether|as|than"
            + "|which|who|seem|seems|appears?|please|let|don't|doesn't|didn't|can't|won't|isn't|wasn't|i'm|you're|it's)\\b"
            + "|n['\u2019]t\\b|[\u201c\u201d\"]");
    private static final Pattern AUTHOR = Pattern.compile("(?i)(?:i|we|you|one|it|this|that|there|these|those|some"
            + "|many|most|all|others|what|which)");
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("(?i)(?:he|she)");
    private static final Pattern PLURAL_PRONOUN = Pattern.compile("(?i)they");
    private static final int MAX_SUBJECT_WORDS = 10;
    /** How many sentences back a pronoun may find its speaker. */
    private static final int RECENT = 4;
    /** A capitalised name closing a phrase (possessives and initials allowed). */
    private static final Pattern TRAILING_NAME = Pattern.compile(
            "(?:[A-Z][\\p{L}.\u2019'\\-]*(?:\\s+(?:of|the|de|van|von|der|bin|al|la|le)\\b)?\\s+)*[A-Z][\\p{L}.\u2019'\\-]*$");
    /** A source that reads as a capitalised name. */
    private static final Pattern NAME = Pattern.compile("[A-Z][\\p{L}.\u2019'\\-]*(?:\\s+[A-Z][\\p{L}.\u2019'\\-]*){0,3}");
    /** A source that "they" can refer back to: plural nouns, bodies. */
    private static final Pattern PLURAL_SOURCE = Pattern.compile("(?i)(?:s|police|government|ministry|company|people)$");

    private AttributionFinder() {
    }

    /** The attribution of every sentence (null where the author speaks), quotations followed across sentences. */
    public static List<Attribution> attribute(List<Sentence> sentences) {
        Attribution[] out = new Attribution[sentences.size()];
        boolean[] quoted = new boolean[sentences.size()];
        boolean[] continuesQuote = new boolean[sentences.size()];
        boolean open = false;
        Attribution previous = null;
        int previousAt = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean startsInside = open && i > 0 && s.paragraph() == sentences.get(i - 1).paragraph();
            String t = s.text();
            boolean opensHere = t.startsWith("\u201c") || t.startsWith("\"");
            open = quoteOpenAfter(t, startsInside);
            quoted[i] = startsInside || hasQuote(t);
            continuesQuote[i] = open;
            // pronouns refer back to a speaker of the last few sentences only
            Attribution a = find(sentences, i, previousAt >= 0 && i - previousAt <= RECENT ? previous : null);
            if (a == null && (startsInside || opensHere) && i > 0 && out[i - 1] != null && quoted[i - 1]) {
                a = out[i - 1]; // the same speaker's quotation goes on
            }
            out[i] = a;
            if (a != null) {
                previous = a;
                previousAt = i;
            }
        }
        // "First sentence. Second," she said. : the speaker closes a quotation that began sentences earlier
        for (int i = sentences.size() - 2; i >= 0; i--) {
            if (out[i] == null && continuesQuote[i] && out[i + 1] != null && quoted[i + 1]) out[i] = out[i + 1];
        }
        return Arrays.asList(out);
    }

    /** The attribution of one sentence on its own (pronouns resolved against the sentences before it). */
    static Attribution find(List<Sentence> sentences, int index, Attribution previous) {
        Sentence sentence = sentences.get(index);
        String s = sentence.text();
        int base = sentence.start();
        int lead = s.startsWith("\u201c") || s.startsWith("\"") || s.startsWith("'") ? 1 : 0;
        Matcher intro = INTRO.matcher(s.substring(lead));
        int from = lead + (intro.find() ? intro.end() : 0);
        Matcher m = SUBJECT_VERB.matcher(s.substring(from));
        if (m.find()) {
            Attribution x = subject(m.group("subject"), from + m.start("subject"), arguing(m.group("verb")), sentences,
                    index, previous);
            if (x != null) return x;
        }
        Matcher a = ACCORDING_TO.matcher(s);
        if (a.find()) {
            Attribution x = named(a.group("who"), a.start("who"), sentence, false);
            if (x != null) return x;
        }
        // a speaker after a quotation, or at the end: look only at the last words (keeps long sentences linear)
        int tail = Math.max(0, s.length() - 200);
        String end = s.substring(tail);
        Matcher q = AFTER_QUOTE.matcher(end);
        while (q.find()) {
            boolean first = q.group("who1") != null;
            String who = first ? q.group("who1") : q.group("who2");
            int at = tail + (first ? q.start("who1") : q.start("who2"));
            Attribution x = subject(who, at, false, sentences, index, previous);
            if (x != null) return x;
        }
        Matcher c = AFTER_CLAUSE.matcher(end);
        if (c.find()) {
            boolean first = c.group("who1") != null;
            String who = first ? c.group("who1") : c.group("who2");
            int at = tail + (first ? c.start("who1") : c.start("who2"));
            return subject(who, at, arguing(first ? c.group("verb1") : c.group("verb2")), sentences, index, previous);
        }
        return null;
    }

    private static boolean arguing(String verb) {
        return verb != null && ARGUING_VERB.matcher(verb).matches();
    }

    /** A subject phrase at {@code at} in the sentence: a speaker, a pronoun to resolve, or the author. */
    private static Attribution subject(String phrase, int at, boolean opinion, List<Sentence> sentences, int index,
                                       Attribution previous) {
        Sentence sentence = sentences.get(index);
        String subj = RELATIVE_CLAUSE.matcher(phrase + ",").replaceAll(",");
        subj = subj.replaceAll("[,\\s]+$", "").replaceFirst("^\\(\\d+\\)\\s*", "").trim();
        if (subj.isEmpty() || subj.contains(",") || NOT_A_SUBJECT.matcher(subj).find()) return null;
        if (subj.split("\\s+").length > MAX_SUBJECT_WORDS) return null;
        if (AUTHOR.matcher(subj).matches()) return null;
        int pronounAt = sentence.start() + at + Math.max(0, phrase.indexOf(subj));
        if (PERSONAL_PRONOUN.matcher(subj).matches()) {
            // the speaker of the sentences just before, if a person was named; else the person last named
            if (previous != null && NAME.matcher(previous.source()).matches() && !Names.isOrganisation(previous.source())) {
                return withOpinion(previous, opinion);
            }
            List<Sentence> before = sentences.subList(Math.max(0, index - 3), index);
            String name = Names.firstPerson(before);
            Attribution found = name == null ? null : mention(name, before, opinion);
            // unresolved: the pronoun itself is the source named
            return found != null ? found : new Attribution(subj, pronounAt, pronounAt + subj.length(), opinion);
        }
        if (PLURAL_PRONOUN.matcher(subj).matches()) {
            if (previous != null && PLURAL_SOURCE.matcher(previous.source()).find()) {
                return withOpinion(previous, opinion);
            }
            return new Attribution(subj, pronounAt, pronounAt + subj.length(), opinion);
        }
        return named(subj, at + Math.max(0, phrase.indexOf(subj)), sentence, opinion);
    }

    /** The speaker named or described in a phrase found at {@code at} in the sentence. */
    private static Attribution named(String phrase, int at, Sentence sentence, boolean opinion) {
        String who = source(phrase);
        if (who == null) return null;
        int i = sentence.text().indexOf(who, at);
        if (i < 0) return null;
        return new Attribution(who, sentence.start() + i, sentence.start() + i + who.length(), opinion);
    }

    /**
     * The source a subject phrase names: the proper name at its head ("Chinese Foreign Minister Wang Yi" -> Wang Yi,
     * "Another State Department official" keeps its common-noun head), else the phrase as written when it is a short
     * noun phrase ("a senior official", "the ministry").
     */
    static String source(String phrase) {
        String p = phrase.strip().replaceAll("^[\"\u201c\u2018'(]+|[\"\u201d\u2019',:;(]+$", "").strip();
        if (p.isEmpty() || p.split("\\s+").length > 8) return null;
        if (p.matches("(?i)^(?:it|this|that|these|those|there|here|which|what|who|its|his|her|their)\\b.*")) return null;
        Matcher m = TRAILING_NAME.matcher(p);
        if (m.find()) {
            String name = m.group().replaceFirst("^(?:(?:The|A|An|Another|One|Two|Some|Several)\\s+)", "");
            String head = name;
            // titles before a name are not part of it: "Foreign Minister Wang Yi" -> "Wang Yi"
            String[] words = head.split("\\s+");
            int k = 0;
            while (k < words.length - 1 && (Names.TITLES.contains(words[k].toLowerCase(java.util.Locale.ROOT))
                    || Names.isFunctionWord(words[k]))) {
                k++; // and demonyms: "Chinese Foreign Minister Wang Yi"
            }
            head = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
            if (!Names.isFunctionWord(head) && p.length() - head.length() <= p.length()) {
                return words.length == 1 && m.start() > 0 && Character.isLowerCase(p.charAt(0)) ? p : head;
            }
        }
        return Character.isUpperCase(p.charAt(0)) && !p.contains(" ") && Names.isFunctionWord(p) ? null : p;
    }

    /** The latest mention of a name in the sentences before. */
    private static Attribution mention(String name, List<Sentence> before, boolean opinion) {
        for (int k = before.size() - 1; k >= 0; k--) {
            int i = before.get(k).text().lastIndexOf(name);
            if (i >= 0) {
                int start = before.get(k).start() + i;
                return new Attribution(name, start, start + name.length(), opinion);
            }
        }
        return null;
    }

    private static Attribution withOpinion(Attribution a, boolean opinion) {
        return new Attribution(a.source(), a.start(), a.end(), opinion);
    }

    private static boolean hasQuote(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') return true;
        }
        return false;
    }

    /** Whether a quotation is still open at the end of the sentence. */
    static boolean quoteOpenAfter(String t, boolean openBefore) {
        boolean open = openBefore;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u201c') open = true;
            else if (c == '\u201d') open = false;
            else if (c == '"') open = !open;
        }
        return open;
    }
}
