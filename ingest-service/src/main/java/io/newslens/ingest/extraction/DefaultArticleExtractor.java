package io.newslens.ingest.extraction;

import io.newslens.entities.ArticleEntities;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * The article extractor: reads HTML or scraped text into a draft, then detects the language and the
 * entities of the clean body. Stateless apart from read-only resources loaded once; thread-safe.
 */
@ApplicationScoped
public class DefaultArticleExtractor implements ArticleExtractor {

    @Override
    public ExtractedArticle extract(RawPage page) {
        if (page == null || page.content() == null) {
            return new ExtractedArticle(null, null, null, null, null, null, "article", "", null, null, false);
        }
        ArticleDraft draft;
        try {
            draft = page.kind() == RawPage.Kind.HTML ? HtmlArticleReader.read(page) : TextArticleReader.read(page);
        } catch (RuntimeException | StackOverflowError e) {
            // hostile markup must still give a best-effort article, never an error
            draft = FallbackReader.read(page);
        }
        ParagraphText body = ParagraphText.of(draft.paragraphs());
        String language = draft.language() != null ? draft.language() : LanguageDetector.detect(body.text());
        String publisher = page.publisherHint() != null && !page.publisherHint().isBlank() ? page.publisherHint()
                : draft.publisher();
        Instant publishedAt = page.publishedAtHint() != null ? page.publishedAtHint() : draft.publishedAt();
        return new ExtractedArticle(draft.title(), draft.authors(), publisher, draft.section(), publishedAt,
                language, draft.documentType(), body.text(), body.spans(), ArticleEntities.find(body.text(), language),
                draft.truncated());
    }
}
