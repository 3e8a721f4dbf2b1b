package io.newslens.summary.analysis.claims;

import io.newslens.summary.analysis.text.Tokenizer;
import io.newslens.summary.analysis.text.Words;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features the claim models see in a sentence: its words and word pairs (digits folded to one shape), and
 * general signals of voice and evidence (numbers, quotation marks, first and second person, questions, the
 * typer's and hedge detector's cues, length). Training ({@code ClaimModelTrainer}) and analysis use this one
 * definition.
 */
public final class ClaimFeatures {

    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern PERCENT = Pattern.compile("%|\\bper ?cent\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u201d]");
    private static final Set<String> FIRST_PERSON = Words.of("i", "we", "our", "us", "my", "me", "ours", "i'm", "we're",
            "i've", "we've", "i'd", "we'd", "i'll", "we'll");
    private static final Set<String> SECOND_PERSON = Words.of("you", "your", "you're", "yours");

    private static final Set<String> PAST = Words.of("was", "were", "had", "did", "wasn't", "weren't", "hadn't",
            "didn't", "ago", "yesterday", "last");
    private static final Set<String> BE = Words.of("be", "is", "are", "was", "were", "been", "being", "am", "get", "gets",
            "got", "it's", "that's");
    private static final Set<String> MODAL = Words.of("should", "must", "would", "could", "might", "may", "can", "will",
            "ought", "shall", "need", "needs", "shouldn't", "wouldn't", "can't", "cannot", "won't");
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\b(?:1[89]\\d\\d|20\\d\\d|January|February|March|April|May"
            + "|June|July|August|September|October|November|December)\\b");

    private ClaimFeatures() {
    }

    public static List<String> of(String sentence) {
        return of(sentence, HedgeDetector.find(sentence) != null);
    }

    /** @param hedged whether {@link HedgeDetector} found a cue (the caller has looked already) */
    public static List<String> of(String sentence, boolean hedged) {
        Set<String> f = new LinkedHashSet<>();
        List<String> words = Tokenizer.words(sentence);
        String prev = "<s>";
        for (String w : words) {
            String t = NUMBER.matcher(w).find() ? "<num>" : w;
            f.add("w:" + t);
            f.add("b:" + prev + "_" + t);
            prev = t;
            if (FIRST_PERSON.contains(w)) f.add("first_person");
            if (SECOND_PERSON.contains(w)) f.add("second_person");
        }
        f.add("b:" + prev + "_</s>");
        // signals of evidence that generalise beyond the training words: past events, dates, names, the writer's
        // own experience; and of judgement: modals
        boolean past = false, modal = false;
        int capitalised = 0;
        String[] raw = sentence.strip().split("\\s+");
        for (int i = 0; i < raw.length; i++) {
            String w = raw[i];
            if (i > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        String before = "";
        for (String w : words) {
            if (PAST.contains(w)) past = true;
            // "-ed" after a form of "be" is a passive or an adjective ("is shared", "be heeded"), not a past event
            if (w.length() > 4 && w.endsWith("ed")) f.add(BE.contains(before) ? "passive" : "ed");
            before = w;
            if (MODAL.contains(w)) modal = true;
            if (w.length() > 5 && Character.isLetter(w.charAt(0))) f.add("s:" + w.substring(w.length() - 3));
        }
        if (past) f.add("past");
        if (modal) f.add("modal");
        if (past && f.contains("first_person")) f.add("first_person_past");
        if (!past && !modal) f.add("present_plain");
        f.add("caps:" + Math.min(3, capitalised));
        if (YEAR_OR_MONTH.matcher(sentence).find()) f.add("date");
        if (NUMBER.matcher(sentence).find()) f.add("number");
        if (PERCENT.matcher(sentence).find()) f.add("percent");
        if (QUOTE.matcher(sentence).find()) f.add("quote");
        String trimmed = sentence.strip();
        if (trimmed.endsWith("?")) f.add("question");
        if (trimmed.endsWith("!")) f.add("exclamation");
        f.add("len:" + Math.min(6, words.size() / 6));
        f.addAll(ClaimTyper.cueFeatures(sentence));
        if (hedged) f.add("hedged");
        return new ArrayList<>(f);
    }
}
