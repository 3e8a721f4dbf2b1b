package io.newslens.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word-level helpers for names: letter/digit words with offsets, and a spelling-tolerant key. */
final class Words {

    record Word(String text, int start, int end) {
    }

    private Words() {
    }

    /** Words (runs of letters and digits) with their offsets. */
    static List<Word> in(String text) {
        List<Word> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(new Word(text.substring(start, i), start, i));
                start = -1;
            }
        }
        return out;
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (Word w : in(text)) {
            out.add(w.text());
        }
        return out;
    }

    /** Transliteration-tolerant key: "Sergey Lavrov"/"Sergei Lavrov" and "Kim Jong-un"/"Kim Jong Un" agree. */
    static String key(String name) {
        String k = String.join(" ", of(name)).toLowerCase(Locale.ROOT);
        return k.replace('y', 'i').replace("ii", "i");
    }
}
