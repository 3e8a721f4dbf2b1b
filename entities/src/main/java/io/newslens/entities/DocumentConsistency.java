package io.newslens.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sentence-by-sentence tagger missed, from the rest of the document: a name it tagged in one
 * sentence is tagged wherever it occurs untagged ("Lavrov said" where the context is thin), and a single
 * capitalised word that is the first or last name of a person named in full is that person. Tags the CRF gave are
 * never changed: forcing one type per name (majority vote) cost 1.7 points of ORG F1 on the CoNLL validation
 * split, where a county is a place in one sentence and its cricket team an organisation in the next.
 */
final class DocumentConsistency {

    private DocumentConsistency() {
    }

    /** {@code tags} holds one type (or null) per token; returns the mentions after the three passes. */
    static List<Mention> apply(String text, List<Token> tokens, List<String> tags) {
        String[] tag = tags.toArray(new String[0]);
        List<int[]> spans = spans(tokens, tag);
        // names tagged somewhere in the document, and the surnames of persons named in full
        Map<String, List<String[]>> byFirstToken = new HashMap<>();
        for (int[] s : spans) {
            String type = tag[s[0]];
            List<String> words = new ArrayList<>();
            for (int i = s[0]; i < s[1]; i++) {
                words.add(tokens.get(i).text());
            }
            add(byFirstToken, words, type);
            if (type.equals(Mention.PER) && words.size() >= 2) {
                // the family name comes last in "Sergei Lavrov", first in "Xi Jinping"
                for (String part : List.of(words.get(words.size() - 1), words.get(0))) {
                    if (part.length() > 1 && Character.isUpperCase(part.charAt(0)) && !part.endsWith(".")) {
                        add(byFirstToken, List.of(part), type);
                    }
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tag[i] != null || !tokens.get(i).isCapitalised()) {
                continue;
            }
            List<String[]> candidates = byFirstToken.get(tokens.get(i).text());
            if (candidates == null) {
                continue;
            }
            for (String[] c : candidates) { // longest first
                int n = c.length - 1;
                if (matchesUntagged(tokens, tag, i, c) && !continuesName(tokens, tag, i, i + n)) {
                    for (int k = i; k < i + n; k++) {
                        tag[k] = c[n];
                    }
                    i += n - 1;
                    break;
                }
            }
        }

        return mentions(text, tokens, tag);
    }

    /** The mentions the tags make as they are: maximal runs of one type within a sentence. */
    static List<Mention> mentions(String text, List<Token> tokens, List<String> tags) {
        return mentions(text, tokens, tags.toArray(new String[0]));
    }

    private static List<Mention> mentions(String text, List<Token> tokens, String[] tag) {
        List<Mention> out = new ArrayList<>();
        for (int[] s : spans(tokens, tag)) {
            int start = tokens.get(s[0]).start();
            int end = tokens.get(s[1] - 1).end();
            out.add(new Mention(text.substring(start, end), tag[s[0]], start, end));
        }
        return out;
    }

    /** Candidate entries: the words followed by the type, longest first. */
    private static void add(Map<String, List<String[]>> index, List<String> words, String type) {
        String[] entry = new String[words.size() + 1];
        for (int i = 0; i < words.size(); i++) {
            entry[i] = words.get(i);
        }
        entry[words.size()] = type;
        List<String[]> list = index.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        for (String[] e : list) {
            if (java.util.Arrays.equals(e, entry)) {
                return;
            }
        }
        list.add(entry);
        list.sort((a, b) -> b.length - a.length);
    }

    private static boolean matchesUntagged(List<Token> tokens, String[] tag, int at, String[] entry) {
        int n = entry.length - 1;
        if (at + n > tokens.size()) {
            return false;
        }
        int sentence = tokens.get(at).sentence();
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(at + k);
            if (tag[at + k] != null || t.sentence() != sentence || !t.text().equals(entry[k])) {
                return false;
            }
        }
        return true;
    }

    /** A match that is only part of a longer capitalised name ("Washington" in "Washington Post") is left. */
    private static boolean continuesName(List<Token> tokens, String[] tag, int from, int to) {
        if (to < tokens.size() && tokens.get(to).sentence() == tokens.get(from).sentence()
                && (tag[to] != null || tokens.get(to).isCapitalised())) {
            return true;
        }
        return from > 0 && tokens.get(from - 1).sentence() == tokens.get(from).sentence() && tag[from - 1] != null;
    }

    /** [from, to) token ranges of maximal runs of one type within a sentence. */
    private static List<int[]> spans(List<Token> tokens, String[] tag) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (tag[i] == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tag[i].equals(tag[j]) && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private static String surface(String text, List<Token> tokens, int[] span) {
        return text.substring(tokens.get(span[0]).start(), tokens.get(span[1] - 1).end());
    }
}
