package io.newslens.ingest.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;
import java.util.Locale;

/** HTML path: structured metadata first, then the body from the cleaned, scored DOM. */
final class HtmlArticleReader {

    private HtmlArticleReader() {
    }

    static ArticleDraft read(RawPage page) {
        Document doc = Jsoup.parse(page.content(), page.sourceUrl() == null ? "" : page.sourceUrl());
        PageMetadata meta = HtmlMetadataExtractor.extract(doc);
        List<String> paragraphs = BodyEdgeTrimmer.trim(HtmlBodyExtractor.extract(doc, meta.title()), meta.title(),
                meta.authors());
        String publisher = meta.publisher();
        if (publisher == null || publisher.startsWith("http")) {
            publisher = PublisherResolver.fromUrl(page.sourceUrl());
        }
        return new ArticleDraft(meta.title(), meta.authors(), publisher, meta.section(), meta.publishedAt(),
                meta.language(), documentType(meta.documentType()), paragraphs, false);
    }

    private static String documentType(String schemaType) {
        if (schemaType == null) {
            return "article";
        }
        String t = schemaType.toLowerCase(Locale.ROOT);
        if (t.contains("opinion")) {
            return "opinion";
        }
        if (t.contains("report") || t.contains("scholarly")) {
            return "report";
        }
        if (t.contains("blog")) {
            return "blog";
        }
        return "article";
    }
}
