package io.newslens.ingest.extraction;

import io.newslens.common.events.Span;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Placeholder extractor: paragraphs of the page, title from {@code <title>} or the first line.
 * To be replaced by the real extractor (issue 3).
 */
@ApplicationScoped
public class BasicArticleExtractor implements ArticleExtractor {

    @Override
    public ExtractedArticle extract(RawPage page) {
        List<String> blocks = new ArrayList<>();
        String title = null;
        if (page.kind() == RawPage.Kind.HTML) {
            Document doc = Jsoup.parse(page.content(), page.sourceUrl() == null ? "" : page.sourceUrl());
            title = doc.title().isBlank() ? null : doc.title().strip();
            for (Element p : doc.select("p")) {
                String t = p.text().strip();
                if (!t.isEmpty()) {
                    blocks.add(t);
                }
            }
        } else {
            for (String line : page.content().split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    blocks.add(t);
                }
            }
            title = blocks.isEmpty() ? null : blocks.get(0);
        }
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        for (String block : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(block);
            paragraphs.add(new Span(start, text.length()));
        }
        return new ExtractedArticle(title, List.of(), page.publisherHint(), null, page.publishedAtHint(), null,
                "article", text.toString(), paragraphs, List.of(), false);
    }
}
