package io.newslens.search.embedding;

import io.newslens.common.events.Span;
import io.newslens.search.domain.ArticleDocument;

import java.util.List;

/**
 * What of an article gets embedded: the title and the lead paragraphs. The model reads only the first
 * 126 word pieces (its tokenizer.json truncates at 128 tokens with [CLS] and [SEP], see MiniLmEncoder),
 * so embedding the whole body would silently truncate it anyway; the lead carries the topic.
 */
public final class ArticleEmbeddingText {

    /** The stored fields the text is built from (what the embedding step reads back). */
    public static final List<String> SOURCE_FIELDS = List.of("title", "text", "paragraphs");

    private ArticleEmbeddingText() {
    }

    public static String of(ArticleDocument d, int leadParagraphs, int maxChars) {
        return of(d.title, d.text, d.paragraphs == null ? List.of() : d.paragraphs, leadParagraphs, maxChars);
    }

    public static String of(String title, String body, List<Span> paragraphs, int leadParagraphs, int maxChars) {
        StringBuilder sb = new StringBuilder();
        if (title != null) {
            sb.append(title.strip()).append(". ");
        }
        String text = body == null ? "" : body;
        if (!paragraphs.isEmpty()) {
            int n = 0;
            for (Span p : paragraphs) {
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
