package io.newslens.entities;

/** A token of the text with its character offsets; {@code sentence} numbers the sentence it belongs to. */
record Token(String text, int start, int end, int sentence) {

    boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
