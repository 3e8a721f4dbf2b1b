package io.newslens.summary.analysis.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Word lists as unmodifiable sets (duplicates in a hand-written list are harmless). */
public final class Words {

    private Words() {
    }

    /** Lower-cases char by char, so offsets into the result are offsets into the input. */
    public static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return new String(c);
    }

    public static Set<String> of(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
    }
}
