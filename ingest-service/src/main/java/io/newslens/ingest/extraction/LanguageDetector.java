package io.newslens.ingest.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a body from its most frequent function words (and script for CJK, Cyrillic,
 * Arabic and others); returns an ISO 639-1 code, or null when the text is too short to tell.
 */
final class LanguageDetector {

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are", "by", "this", "be", "from", "have", "has"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "eine", "den", "mit", "sich", "auf", "für", "von", "dem", "des", "auch", "wird"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "que", "dans", "pour", "pas", "qui", "sur", "au", "avec", "il", "sont"),
            "es", Set.of("el", "la", "de", "que", "y", "en", "los", "del", "las", "por", "un", "una", "con", "para", "es", "se", "al", "como"),
            "pt", Set.of("de", "que", "e", "o", "a", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "na", "se", "por", "mais", "é"),
            "it", Set.of("il", "di", "che", "e", "la", "per", "un", "non", "sono", "del", "della", "una", "con", "gli", "le", "è", "anche", "nel"),
            "nl", Set.of("de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "niet", "met", "voor", "ook", "wordt"),
            "id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "adalah", "ke"),
            "tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ama"),
            "pl", Set.of("i", "w", "nie", "na", "się", "z", "do", "jest", "że", "to", "o", "jak", "ale", "po", "od"));

    private LanguageDetector() {
    }

    static String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String script = byScript(text);
        if (script != null) {
            return script;
        }
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String w : (text.length() > 20000 ? text.substring(0, 20000) : text).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String lw = w.toLowerCase(Locale.ROOT);
            words++;
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(lw)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < 5) {
            return null;
        }
        int minHits = Math.max(2, words / 20);
        return hits.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= minHits).map(Map.Entry::getKey).orElse(null);
    }

    private static String byScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < Math.min(text.length(), 5000); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return null;
        }
        int hira = counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        for (var e : List.of(
                Map.entry(Character.UnicodeScript.HANGUL, "ko"), Map.entry(Character.UnicodeScript.CYRILLIC, "ru"),
                Map.entry(Character.UnicodeScript.ARABIC, "ar"), Map.entry(Character.UnicodeScript.GREEK, "el"),
                Map.entry(Character.UnicodeScript.HEBREW, "he"), Map.entry(Character.UnicodeScript.THAI, "th"),
                Map.entry(Character.UnicodeScript.DEVANAGARI, "hi"))) {
            if (counts.getOrDefault(e.getKey(), 0) > letters * 0.4) {
                return e.getValue();
            }
        }
        if (hira > letters * 0.1) {
            return "ja";
        }
        if (counts.getOrDefault(Character.UnicodeScript.HAN, 0) > letters * 0.4) {
            return "zh";
        }
        return null;
    }
}
