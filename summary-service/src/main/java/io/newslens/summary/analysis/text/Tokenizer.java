package io.newslens.summary.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Lower-cased word tokens (letters and digits; apostrophes inside words kept). */
public final class Tokenizer {

    public static final Set<String> STOPWORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
            "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
            "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "me", "more", "most", "my", "myself", "now", "of", "off", "on", "once",
            "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she",
            "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
            "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
            "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
            "said", "says", "say", "one", "new", "may", "might", "s", "t", "us", "mr", "mrs", "ms",
            "year", "years", "according", "told", "like", "get", "got", "via", "per", "amp");

    private Tokenizer() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        StringBuilder b = new StringBuilder();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.setLength(0);
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        b.append(Character.toLowerCase(d));
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                            && b.length() > 0) {
                        // "don't", "Russia's": keep the word, drop possessive 's
                        if (i + 2 <= n && (i + 2 == n || !Character.isLetter(text.charAt(i + 2)))
                                && Character.toLowerCase(text.charAt(i + 1)) == 's') {
                            i += 2;
                            break;
                        }
                        b.append('\'');
                    } else {
                        break;
                    }
                    i++;
                }
                out.add(b.toString());
            } else {
                i++;
            }
        }
        return out;
    }

    /** Content stems: stopwords dropped, stemmed. */
    public static List<String> contentStems(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (!STOPWORDS.contains(w)) out.add(Stemmer.stem(w));
        }
        return out;
    }
}
