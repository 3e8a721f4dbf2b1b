package io.newslens.ingest.extraction;

import io.newslens.common.events.ArticleParsed.Author;
import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractionTest {

    private final ArticleExtractor extractor = new DefaultArticleExtractor();

    private static final String PROSE_1 = "The committee met on Tuesday to review the proposal, which would expand the "
            + "regional rail network by forty kilometres, add six stations and, according to its authors, cut commuting "
            + "times by a quarter within a decade.";
    private static final String PROSE_2 = "Critics said the plan underestimated costs, pointing to earlier projects that "
            + "ran years late, while supporters argued that delays would only make the work more expensive.";
    private static final String PROSE_3 = "A final vote is expected next month, after public hearings in each of the "
            + "affected towns, where residents will be able to comment on the routes and the station designs.";

    private static final String JSON_LD_PAGE = """
            <!doctype html><html lang="en-GB"><head>
            <title>Rail plan faces scrutiny | The Daily Example</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example Site"},
              {"@type":"NewsArticle","headline":"Rail plan faces scrutiny",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "datePublished":"2024-03-05T09:30:00+01:00","articleSection":"Transport",
               "publisher":{"@type":"Organization","name":"The Daily Example"}}]}
            </script></head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
            <article><h1>Rail plan faces scrutiny</h1>
              <div class="byline">By Jane Doe and John Roe</div>
              <div class="article-body"><p>%s</p><h2>Costs questioned</h2><p>%s</p>
                <aside class="related"><h3>Related</h3><ul><li><a href="/a">Bus fares rise</a></li>
                <li><a href="/b">Tram line opens</a></li></ul></aside>
                <p>%s</p><p>Advertisement</p></div></article>
            <footer><p>© 2024 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
            </body></html>""".formatted(PROSE_1, PROSE_2, PROSE_3);

    @Test
    void jsonLdMetadataAndCleanBody() {
        ExtractedArticle a = extractor.extract(RawPage.html(JSON_LD_PAGE));
        assertEquals("Rail plan faces scrutiny", a.title());
        assertEquals(List.of(new Author("Jane Doe", null), new Author("John Roe", null)), a.authors());
        assertEquals(Instant.parse("2024-03-05T08:30:00Z"), a.publishedAt());
        assertEquals("The Daily Example", a.publisher());
        assertEquals("Transport", a.section());
        assertEquals("en", a.language());
        assertEquals(String.join("\n\n", PROSE_1, "Costs questioned", PROSE_2, PROSE_3), a.text());
        assertEquals(4, a.paragraphs().size());
        Span second = a.paragraphs().get(1);
        assertEquals("Costs questioned", a.text().substring(second.start(), second.end()));
    }

    @Test
    void openGraphBylineAndTimeElement() {
        String html = """
                <html><head>
                <meta property="og:title" content="Harbour reopens after storm">
                <meta property="og:site_name" content="Coastal Times">
                </head><body>
                <div id="menu"><ul><li><a href="/">Front page</a></li><li><a href="/local">Local</a></li></ul></div>
                <div class="story">
                  <p class="author-line">By Maria Lopez</p>
                  <time datetime="2023-11-02">2 November 2023</time>
                  <p>%s</p><p>%s</p><p>%s</p>
                </div>
                <div class="comments"><p>Leave a comment</p><p>Great article, thanks for sharing this with us all.</p></div>
                </body></html>""".formatted(PROSE_1, PROSE_2, PROSE_3);
        ExtractedArticle a = extractor.extract(new RawPage(html, RawPage.Kind.HTML, "https://www.coastal.example/a/1",
                null, null));
        assertEquals("Harbour reopens after storm", a.title());
        assertEquals(List.of(new Author("Maria Lopez", null)), a.authors());
        assertEquals(Instant.parse("2023-11-02T00:00:00Z"), a.publishedAt());
        assertEquals("Coastal Times", a.publisher());
        assertEquals(String.join("\n\n", PROSE_1, PROSE_2, PROSE_3), a.text());
    }

    @Test
    void clientHintsWinOverThePage() {
        Instant hint = Instant.parse("2020-01-01T00:00:00Z");
        ExtractedArticle a = extractor.extract(new RawPage(JSON_LD_PAGE, RawPage.Kind.HTML, null, "Wire Service", hint));
        assertEquals("Wire Service", a.publisher());
        assertEquals(hint, a.publishedAt());
    }

    @Test
    void proseDatesAndBylines() {
        assertEquals(Instant.parse("2021-09-21T00:00:00Z"), DateParser.findInProse("21st Sep 2021").orElseThrow());
        assertEquals(Instant.parse("2019-11-18T00:00:00Z"), DateParser.parse("November 18, 2019").orElseThrow());
        assertEquals(Instant.parse("2019-11-18T12:00:00Z"), DateParser.parse("2019-11-18T07:00:00-05:00").orElseThrow());
        assertEquals(List.of(new Author("Jane Doe", null), new Author("Juan de la Cruz", null)),
                AuthorParser.fromByline("By JANE DOE and Juan de la Cruz | Updated 3 June"));
        assertEquals(new Author("Sinem Unaldilar Kocamaz", null),
                AuthorParser.fromCrumb("AuthorKocamaz, Sinem Unaldilar").orElseThrow());
        assertEquals(new Author("Jan Wouters", "Director of the Leuven Centre for Global Governance Studies (GGS)"),
                AuthorParser.fromSignature("Prof. Dr. Jan Wouters is Director of the Leuven Centre for Global "
                        + "Governance Studies (GGS).", null).orElseThrow());
    }

    @Test
    void entitiesHaveCanonicalNamesAliasesAndOffsets() {
        String text = "Russian Foreign Minister Sergey Lavrov met President Xi Jinping. The Shanghai Co-operation "
                + "Organisation (SCO) is no Nato. Later Xi said Lavrov and Sergei Lavrov are one man.";
        ExtractedArticle a = extractor.extract(RawPage.text(text));
        Entity lavrov = find(a, "Sergei Lavrov");
        assertEquals("PERSON", lavrov.type());
        assertEquals(3, lavrov.mentions().size());
        Entity xi = find(a, "Xi Jinping");
        assertEquals(2, xi.mentions().size());
        Entity sco = find(a, "Shanghai Cooperation Organization");
        assertTrue(sco.aliases().containsAll(List.of("Shanghai Co-operation Organisation", "SCO")));
        assertEquals("NATO", find(a, "NATO").name());
        for (Entity e : a.entities()) {
            for (Span m : e.mentions()) {
                String surface = a.text().substring(m.start(), m.end());
                assertTrue(surface.equals(e.name()) || e.aliases().contains(surface), surface);
            }
        }
    }

    private static Entity find(ExtractedArticle a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + a.entities()));
    }

    @Test
    void pageWithoutContainerFallsBackToParagraphs() {
        String html = "<html><body><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></body></html>";
        ExtractedArticle a = extractor.extract(RawPage.html(html));
        assertEquals(PROSE_1 + "\n\n" + PROSE_2, a.text());
        assertFalse(a.truncated());
    }
}
