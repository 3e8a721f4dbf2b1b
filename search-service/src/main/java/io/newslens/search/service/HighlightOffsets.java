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

    /** The entities Elasticsearch's HTML encoder writes, and what they stand for. */
    private static final String[][] ENTITIES = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
            {"&#x27;", "'"}, {"&#39;", "'"}, {"&#x2F;", "/"}, {"&#47;", "/"}};

    public static SearchHit.Highlight locate(String fragment, String source) {
        StringBuilder plain = new StringBuilder(fragment.length()); // never longer than the fragment
        List<int[]> marks = new ArrayList<>(4);
        int markStart = -1;
        int i = 0;
        int n = fragment.length();
        // text between markup is copied in runs (a fragment is mostly plain text): '<' and '&' are found by indexOf
        int nextTag = fragment.indexOf('<');
        int nextEntity = fragment.indexOf('&');
        while (i < n) {
            if (nextTag >= 0 && nextTag < i) {
                nextTag = fragment.indexOf('<', i);
            }
            if (nextEntity >= 0 && nextEntity < i) {
                nextEntity = fragment.indexOf('&', i);
            }
            int special = Math.min(nextTag < 0 ? n : nextTag, nextEntity < 0 ? n : nextEntity);
            plain.append(fragment, i, special);
            i = special;
            if (i == n) {
                break;
            }
            if (fragment.startsWith(PRE, i)) {
                markStart = plain.length();
                i += PRE.length();
            } else if (fragment.startsWith(POST, i)) {
                if (markStart >= 0) {
                    marks.add(new int[]{markStart, plain.length()});
                }
                markStart = -1;
                i += POST.length();
            } else {
                String[] entity = entityAt(fragment, i); // null for a '<' that is no mark tag, or an unknown entity
                if (entity != null) {
                    plain.append(entity[1]);
                    i += entity[0].length();
                } else {
                    plain.append(fragment.charAt(i++));
                }
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

    /** The entity (and what it stands for) starting at {@code at}, or null when none known starts there. */
    private static String[] entityAt(String fragment, int at) {
        for (String[] e : ENTITIES) {
            if (fragment.startsWith(e[0], at)) {
                return e;
            }
        }
        return null;
    }
}
