package io.newslens.summary.analysis.text;

import io.newslens.common.events.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits clean article text into paragraphs (line breaks) and sentences (terminal punctuation
 * followed by a capitalised start), keeping exact character offsets into the text.
 */
public final class TextSegmenter {

    /** Tokens that end with a period without ending the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "sen", "rep", "gov", "col", "lt",
            "capt", "sgt", "maj", "adm", "rev", "hon", "pres", "vs", "etc", "inc", "ltd", "co", "corp",
            "no", "nos", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft", "approx", "dept", "est", "e.g", "i.e", "u.s", "u.k", "u.n",
            "a.m", "p.m", "al", "cf", "op", "ed");

    private TextSegmenter() {
    }

    /** Paragraphs: maximal runs of non-blank lines' text; a line break always ends a paragraph. */
    public static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) lineEnd = n;
            int s = i;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new Span(s, e));
            i = lineEnd + 1;
        }
        return out;
    }

    public static List<Sentence> sentences(String text) {
        return sentences(text, paragraphs(text));
    }

    /** Sentences within the given paragraphs (sentences never cross a paragraph boundary). */
    public static List<Sentence> sentences(String text, List<Span> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int start = para.start();
            int end = Math.min(para.end(), text.length());
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && isBoundary(text, start, i, end)) {
                    int j = i + 1;
                    while (j < end && isCloser(text.charAt(j))) j++;
                    add(out, text, p, start, j);
                    start = j;
                    i = j;
                } else {
                    i++;
                }
            }
            add(out, text, p, start, end);
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int paragraph, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Sentence(out.size(), paragraph, s, e, text.substring(s, e)));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019'
                || c == '.' || c == '!' || c == '?';
    }

    private static boolean isBoundary(String text, int paraStart, int i, int end) {
        int j = i + 1;
        while (j < end && isCloser(text.charAt(j))) j++;
        if (j >= end) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;
        while (j < end && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= end) return true;
        char next = text.charAt(j);
        boolean capitalStart = Character.isUpperCase(next) || Character.isDigit(next) || next == '"'
                || next == '\u201c' || next == '\'' || next == '(' || next == '\u2018' || next == '[';
        if (!capitalStart) return false;
        if (text.charAt(i) != '.') return true;
        // the word before the period: an abbreviation or an initial does not end a sentence
        int w = i;
        while (w > paraStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') w--;
        String word = text.substring(w, i).toLowerCase();
        if (word.startsWith("\"") || word.startsWith("\u201c")) word = word.substring(1);
        if (ABBREVIATIONS.contains(word)) return false;
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return false;
        return true;
    }
}
