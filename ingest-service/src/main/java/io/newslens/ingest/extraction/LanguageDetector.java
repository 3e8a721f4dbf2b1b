package io.newslens.ingest.extraction;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;

/**
 * The language of a body, by Lingua (n-gram models): an ISO 639-1 code, or null when the text is too short
 * to tell. Low-accuracy mode (trigrams only) over the languages news in this suite comes in keeps the models
 * small (a few MB of heap, loaded on first use); a body is judged on its first 3,000 characters.
 */
final class LanguageDetector {

    private static final int SAMPLE = 3_000;
    private static final int MIN_LETTERS = 20;

    private LanguageDetector() {
    }

    private static final class Holder {
        static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE,
                Language.ITALIAN, Language.DUTCH, Language.INDONESIAN, Language.TURKISH, Language.POLISH,
                Language.RUSSIAN, Language.UKRAINIAN, Language.ARABIC, Language.PERSIAN, Language.HEBREW,
                Language.GREEK, Language.HINDI, Language.THAI, Language.KOREAN, Language.JAPANESE,
                Language.CHINESE).withLowAccuracyMode().build();
    }

    static String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
