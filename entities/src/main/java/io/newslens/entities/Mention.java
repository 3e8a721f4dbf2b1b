package io.newslens.entities;

/**
 * One mention of a named entity as the recogniser tags it: its surface text, its CoNLL type
 * ({@link #PER}, {@link #ORG}, {@link #LOC} or {@link #MISC}) and its character offsets in the text.
 */
public record Mention(String text, String type, int start, int end) {

    public static final String PER = "PER";
    public static final String ORG = "ORG";
    public static final String LOC = "LOC";
    public static final String MISC = "MISC";

    Mention withType(String newType) {
        return new Mention(text, newType, start, end);
    }
}
