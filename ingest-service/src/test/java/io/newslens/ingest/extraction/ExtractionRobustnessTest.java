package io.newslens.ingest.extraction;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile input must give a best-effort article, never an exception or a blown stack. */
class ExtractionRobustnessTest {

    private final ArticleExtractor extractor = new DefaultArticleExtractor();

    @Test
    void deeplyNestedHtml() {
        int depth = 20_000;
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<div>".repeat(depth)).append("<p>Deep text, still an article of sorts, with some words in it.</p>");
        b.append("</div>".repeat(depth)).append("</body></html>");
        ExtractedArticle a = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> extractor.extract(RawPage.html(b.toString())));
        assertTrue(a.text().contains("Deep text"));
    }

    @Test
    void deeplyNestedInlineAndTables() {
        String html = "<html><body>" + "<span><b><i>".repeat(20_000) + "x" + "<table><tr><td>".repeat(5_000)
                + "cell text here";
        assertNotNull(extractor.extract(RawPage.html(html)));
    }

    @Test
    void malformedAndEmptyInputs() {
        for (String html : new String[] {"", " ", "<", "<html><body><p>unclosed <b>bold <div></p></span>",
                "<script>while(true){}</script>", "<html><head><script type=\"application/ld+json\">{broken",
                "<p>" + "a".repeat(200_000) + "</p>", "\u0000\u0001\u0002binary\uFFFD\uFFFD"}) {
            ExtractedArticle a = extractor.extract(RawPage.html(html));
            assertNotNull(a.text());
            ExtractedArticle t = extractor.extract(RawPage.text(html));
            assertNotNull(t.text());
        }
    }

    @Test
    void randomBytes() {
        Random r = new Random(42);
        for (int i = 0; i < 20; i++) {
            char[] c = new char[5_000];
            for (int j = 0; j < c.length; j++) {
                c[j] = (char) (r.nextBoolean() ? "<>/=\"' abcdivp\n".charAt(r.nextInt(15)) : r.nextInt(0xD7FF));
            }
            assertNotNull(extractor.extract(RawPage.html(new String(c))));
            assertNotNull(extractor.extract(RawPage.text(new String(c))));
        }
    }
}
