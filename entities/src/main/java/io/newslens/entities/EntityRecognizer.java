package io.newslens.entities;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people, organisations, locations and other names (MISC) of an English text: the CRF tags
 * each sentence, then {@link DocumentConsistency} makes the tags agree across the document. Thread-safe;
 * the model is shared by every caller of the process.
 */
public final class EntityRecognizer {

    private EntityRecognizer() {
    }

    /** Starts loading the model in the background (call at start-up; recognition waits for it otherwise). */
    public static void preload() {
        NerModel.preload();
    }

    public static boolean isReady() {
        return NerModel.isLoaded();
    }

    /** Every mention in text order, with offsets into {@code text}. */
    public static List<Mention> recognize(String text) {
        return recognize(text, true);
    }

    /** With {@code consistent} false, the CRF's sentence-by-sentence tags alone (the baseline bench/entities prints). */
    static List<Mention> recognize(String text, boolean consistent) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Token> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int sentenceNo = 0;
        for (List<CoreLabel> sentence : TextTokenizer.sentences(text)) {
            List<String> answers = NerModel.tag(sentence);
            for (int i = 0; i < sentence.size(); i++) {
                CoreLabel t = sentence.get(i);
                tokens.add(new Token(text.substring(t.beginPosition(), t.endPosition()), t.beginPosition(),
                        t.endPosition(), sentenceNo));
                tags.add(conllType(answers.get(i)));
            }
            sentenceNo++;
        }
        return consistent ? DocumentConsistency.apply(text, tokens, tags) : DocumentConsistency.mentions(text, tokens, tags);
    }

    private static String conllType(String answer) {
        if (answer == null) {
            return null;
        }
        return switch (answer) {
            case "PERSON" -> Mention.PER;
            case "ORGANIZATION" -> Mention.ORG;
            case "LOCATION" -> Mention.LOC;
            case "MISC" -> Mention.MISC;
            default -> null;
        };
    }
}
