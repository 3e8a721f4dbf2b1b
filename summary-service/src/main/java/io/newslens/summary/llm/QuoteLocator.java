package io.newslens.summary.llm;

import io.newslens.common.events.Span;

import java.util.Optional;

/**
 * Finds where a quoted sentence occurs in a body. Language models copy sentences but not offsets,
 * and they tend to normalise whitespace and typographic quotes; this maps such a copy back to a
 * character range of the original text.
 */
final class QuoteLocator {

    private final String text;
    private final String normalised;
    /** normalised index -> original index */
    private final int[] origin;

    QuoteLocator(String text) {
        this.text = text;
        this.origin = new int[text.length() + 1];
        this.normalised = normalise(text, origin);
    }

    Optional<Span> locate(String quote) {
        if (quote == null || quote.isBlank()) return Optional.empty();
        String q = quote.strip();
        int exact = text.indexOf(q);
        if (exact >= 0) return Optional.of(new Span(exact, exact + q.length()));
        String nq = normalise(q);
        int at = normalised.indexOf(nq);
        if (at < 0) {
            // models often drop a trailing full stop or add one
            String trimmed = nq.replaceAll("[.!?\"']+$", "");
            if (trimmed.length() < 12) return Optional.empty();
            at = normalised.indexOf(trimmed);
            if (at < 0) return Optional.empty();
            nq = trimmed;
        }
        int start = origin[at];
        int end = origin[at + nq.length() - 1] + 1;
        return Optional.of(new Span(start, end));
    }

    private static String normalise(String s) {
        String n = normalise(s, null);
        return n.endsWith(" ") ? n.substring(0, n.length() - 1) : n;
    }

    /**
     * Folds typographic quotes and dashes and collapses whitespace runs to one space (none at the
     * start). When {@code origin} is given, {@code origin[i]} receives the index in {@code s} of
     * normalised character {@code i}, and {@code origin[length]} the length of {@code s}.
     */
    private static String normalise(String s, int[] origin) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean lastSpace = true;
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (Character.isWhitespace(c)) {
                if (lastSpace) continue;
                c = ' ';
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            if (origin != null) origin[sb.length()] = i;
            sb.append(c);
        }
        if (origin != null) origin[sb.length()] = s.length();
        return sb.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
            case '\u2013', '\u2014', '\u2212' -> '-';
            case '\u00A0', '\u2009', '\u202F' -> ' ';
            default -> c;
        };
    }
}
