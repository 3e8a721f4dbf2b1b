package io.newslens.ingest.extraction;

import java.util.regex.Pattern;

/** Whitespace and invisible-character clean-up shared by the HTML and plain-text paths. */
final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private TextNormalizer() {
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
    static String collapse(String s) {
        if (s == null) {
            return "";
        }
        String t = INVISIBLE.matcher(s).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** Number of letters and digits: a cheap measure of how much text a string holds. */
    static int wordChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** "PROJECT SYNDICATE" gives "Project Syndicate". */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
