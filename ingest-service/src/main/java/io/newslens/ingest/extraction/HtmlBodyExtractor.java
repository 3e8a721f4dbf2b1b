package io.newslens.ingest.extraction;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article body of an HTML page: cleans furniture, scores candidate containers, cleans the
 * winner conditionally and returns its paragraphs. Falls back to every prose paragraph of the page
 * when no container stands out. Mutates the document it is given.
 */
final class HtmlBodyExtractor {

    private static final int MIN_BODY_LETTERS = 200;

    private HtmlBodyExtractor() {
    }

    static List<String> extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        HtmlCleaner.removeNonContent(body);
        NodeStats stats = new NodeStats(body);
        HtmlCleaner.removeFurniture(body, stats);
        stats = new NodeStats(body);

        // the page's own articleBody markup wins; otherwise score candidates
        List<Element> containers = markedArticleBody(body, stats);
        if (containers.isEmpty()) {
            containers = new ContentScorer(stats).selectContent(body);
        }
        if (containers.isEmpty()) {
            containers = List.of(body);
        }
        containers = narrowToTitledArticle(containers, title);
        ConditionalCleaner.clean(containers, stats);
        List<String> paragraphs = toParagraphs(BlockCollector.collect(containers), title);
        if (letters(paragraphs) < MIN_BODY_LETTERS && containers.get(0) != body) {
            List<String> whole = toParagraphs(BlockCollector.collect(List.of(body)), title);
            if (letters(whole) > letters(paragraphs)) {
                paragraphs = whole;
            }
        }
        return paragraphs;
    }

    private static List<String> toParagraphs(List<BlockCollector.Block> blocks, String title) {
        List<String> out = new ArrayList<>();
        String normTitle = title == null ? null : TextNormalizer.collapse(title);
        for (BlockCollector.Block b : blocks) {
            if (BoilerplateLineClassifier.isFurniture(b.text()) && !BodyEdgeTrimmer.isRecirculation(b.text())) {
                continue;
            }
            if (b.linkDensity() > 0.8 && b.letters() < 200) {
                continue;
            }
            if (out.isEmpty() && normTitle != null && b.text().equals(normTitle)) {
                continue;
            }
            out.add(b.text());
        }
        return out;
    }

    /**
     * A container holding several {@code <article>}s (a post followed by teasers of others) narrows to
     * the one whose heading is the page's title.
     */
    private static List<Element> narrowToTitledArticle(List<Element> containers, String title) {
        String wanted = normalized(title);
        if (wanted.length() < 8) {
            return containers;
        }
        List<Element> articles = new ArrayList<>();
        for (Element c : containers) {
            for (Element a : c.getElementsByTag("article")) {
                if (a != c) {
                    articles.add(a);
                }
            }
        }
        if (articles.size() < 2) {
            return containers;
        }
        Element match = null;
        for (Element a : articles) {
            Element heading = a.selectFirst("h1, h2, h3");
            String h = heading == null ? "" : normalized(heading.text());
            if (h.length() >= 8 && (h.equals(wanted) || wanted.startsWith(h + " "))) {
                if (match != null && !ContentScorer.isAncestor(match, a)) {
                    return containers; // two candidates: not sure which is the story
                }
                if (match == null) {
                    match = a;
                }
            }
        }
        return match == null ? containers : List.of(match);
    }

    private static String normalized(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Containers the page itself marks as the article body (schema.org itemprop), outermost only, when
     * they hold real prose.
     */
    private static List<Element> markedArticleBody(Element body, NodeStats stats) {
        List<Element> out = new ArrayList<>();
        int letters = 0;
        for (Element e : body.getElementsByAttributeValue("itemprop", "articleBody")) {
            boolean nested = false;
            for (Element o : out) {
                if (ContentScorer.isAncestor(o, e)) {
                    nested = true;
                }
            }
            if (!nested) {
                out.add(e);
                letters += stats.of(e).text;
            }
        }
        return letters >= MIN_BODY_LETTERS ? out : List.of();
    }

    private static int letters(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += TextNormalizer.wordChars(p);
        }
        return n;
    }
}
