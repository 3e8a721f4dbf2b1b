package io.newslens.search.embedding;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Span;

/**
 * What of an article gets embedded: the title and the lead paragraphs. MiniLM reads at most 256 word
 * pieces, so embedding the whole body would silently truncate it anyway; the lead carries the topic.
 */
public final class ArticleEmbeddingText {

    private ArticleEmbeddingText() {
    }

    public static String of(ArticleParsed a, int leadParagraphs, int maxChars) {
        StringBuilder sb = new StringBuilder();
        if (a.title() != null) {
            sb.append(a.title().strip()).append(". ");
        }
        String text = a.text() == null ? "" : a.text();
        if (!a.paragraphs().isEmpty()) {
            int n = 0;
            for (Span p : a.paragraphs()) {
                if (n >= leadParagraphs || sb.length() >= maxChars) {
                    break;
                }
                if (p.end() <= text.length() && p.end() > p.start()) {
                    sb.append(text, p.start(), p.end()).append(' ');
                    n++;
                }
            }
        } else {
            sb.append(text, 0, Math.min(text.length(), maxChars));
        }
        return sb.length() > maxChars ? sb.substring(0, maxChars) : sb.toString().strip();
    }
}
