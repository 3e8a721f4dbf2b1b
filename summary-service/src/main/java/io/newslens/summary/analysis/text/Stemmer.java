package io.newslens.summary.analysis.text;

/** A light English suffix stripper: conflates plural, past, gerund and common derivations. */
public final class Stemmer {

    private Stemmer() {
    }

    public static String stem(String w) {
        String s = strip(w);
        int n = s.length();
        if (n > 4 && s.charAt(n - 1) == 'e') s = s.substring(0, n - 1);
        return s;
    }

    private static String strip(String w) {
        int n = w.length();
        if (n <= 3) return w;
        if (w.endsWith("ies") && n > 4) return w.substring(0, n - 3) + "y";
        if (w.endsWith("ied") && n > 4) return w.substring(0, n - 3) + "y";
        if (w.endsWith("sses")) return w.substring(0, n - 2);
        if (w.endsWith("ness") && n > 6) return w.substring(0, n - 4);
        if (w.endsWith("ments") && n > 8) return w.substring(0, n - 5);
        if (w.endsWith("ment") && n > 7) return w.substring(0, n - 4);
        if (w.endsWith("ations") && n > 7) return w.substring(0, n - 5);
        if (w.endsWith("ation") && n > 6) return w.substring(0, n - 4);
        if (w.endsWith("ingly") && n > 7) return undouble(w.substring(0, n - 5));
        if (w.endsWith("edly") && n > 6) return undouble(w.substring(0, n - 4));
        if (w.endsWith("ly") && n > 5) return w.substring(0, n - 2);
        if (w.endsWith("ings") && n > 6) return undouble(w.substring(0, n - 4));
        if (w.endsWith("ing") && n > 5) return undouble(w.substring(0, n - 3));
        if (w.endsWith("ed") && n > 4) return undouble(w.substring(0, n - 2));
        if (w.endsWith("ers") && n > 5) return w.substring(0, n - 3);
        if (w.endsWith("er") && n > 5) return w.substring(0, n - 2);
        if (w.endsWith("es") && n > 4 && "sxzh".indexOf(w.charAt(n - 3)) >= 0) return w.substring(0, n - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
