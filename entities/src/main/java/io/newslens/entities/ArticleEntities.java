package io.newslens.entities;

import io.newslens.common.events.ArticleParsed.Entity;

import java.util.List;
import java.util.Locale;

/**
 * The entities of an article as {@code ArticleParsed} carries them: recognised ({@link EntityRecognizer}),
 * then linked ({@link EntityLinker}). The statistical model is English-only: a text in another language
 * gets only the gazetteer's well-known names (their aliases are mostly language-neutral proper names).
 */
public final class ArticleEntities {

    private ArticleEntities() {
    }

    /** Entities of an English text. */
    public static List<Entity> find(String text) {
        return find(text, "en");
    }

    /** Entities of a text in the given ISO 639-1 language (null: unknown, treated as English). */
    public static List<Entity> find(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        boolean english = language == null || language.toLowerCase(Locale.ROOT).startsWith("en");
        return EntityLinker.link(text, english ? EntityRecognizer.recognize(text) : List.of());
    }
}
