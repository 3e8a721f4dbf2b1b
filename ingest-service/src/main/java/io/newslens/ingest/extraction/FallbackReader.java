package io.newslens.ingest.extraction;

import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;

/** Last resort when the structured readers fail on hostile input: the page's text, one paragraph per line. */
final class FallbackReader {

    private FallbackReader() {
    }

    static ArticleDraft read(RawPage page) {
        String text;
        try {
            text = page.kind() == RawPage.Kind.HTML ? Jsoup.parse(page.content()).wholeText() : page.content();
        } catch (RuntimeException | StackOverflowError e) {
            text = page.content().replaceAll("<[^>]{0,1000}>", " ");
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = TextNormalizer.collapse(line);
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        return new ArticleDraft(null, List.of(), PublisherResolver.fromUrl(page.sourceUrl()), null, null, null,
                "article", paragraphs, false);
    }
}
