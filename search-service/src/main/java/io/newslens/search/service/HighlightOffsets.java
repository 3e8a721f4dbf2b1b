package io.newslens.search.service;

import io.newslens.search.domain.SearchHit;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where an Elasticsearch highlight fragment (HTML-encoded, terms wrapped in {@code <mark>})
 * lies in the original field text, so clients get character offsets into the clean body.
 */
public final class HighlightOffsets {

    public static final String PRE = "<mark>";
    public static final String POST = "</mark>";

    private HighlightOffsets() {
    }

    public static SearchHit.Highlight locate(String fragment, String source) {
        StringBuilder plain = new StringBuilder(fragment.length()); // never longer than the fragment
        List<int[]> marks = new ArrayList<>();
        int markStart = -1;
        int i = 0;
        while (i < fragment.length()) {
            char c = fragment.charAt(i);
            if (c == '<' && fragment.startsWith(PRE, i)) {
                markStart = plain.length();
                i += PRE.length();
            } else if (c == '<' && fragment.startsWith(POST, i)) {
                if (markStart >= 0) {
                    marks.add(new int[]{markStart, plain.length()});
                }
                markStart = -1;
                i += POST.length();
            } else if (c == '&') {
                int semi = fragment.indexOf(';', i);
                String decoded = semi > i ? decode(fragment.substring(i, semi + 1)) : null;
                if (decoded != null) {
                    plain.append(decoded);
                    i = semi + 1;
                } else {
                    plain.append('&');
                    i++;
                }
            } else {
                plain.append(c);
                i++;
            }
        }
        int at = source == null ? -1 : source.indexOf(plain.toString());
        if (at < 0) {
            return new SearchHit.Highlight(fragment, null, null, null);
        }
        List<SearchHit.Offsets> matches = new ArrayList<>(marks.size());
        for (int[] m : marks) {
            matches.add(new SearchHit.Offsets(at + m[0], at + m[1]));
        }
        return new SearchHit.Highlight(fragment, at, at + plain.length(), matches);
    }

    static String decode(String entity) {
        return switch (entity) {
            case "&amp;" -> "&";
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&quot;" -> "\"";
            case "&#x27;", "&#39;" -> "'";
            case "&#x2F;", "&#47;" -> "/";
            default -> null;
        };
    }
}
