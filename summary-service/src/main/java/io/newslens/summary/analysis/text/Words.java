package io.newslens.summary.analysis.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Word lists as unmodifiable sets (duplicates in a hand-written list are harmless). */
public final class Words {

    private Words() {
    }

    public static Set<String> of(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
    }
}
