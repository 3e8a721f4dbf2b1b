package io.newslens.ingest.extraction;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Inside the chosen container, drops blocks that look like link lists, widgets or furniture rather
 * than prose (readability's "clean conditionally"): high link density, more list items or inputs
 * than paragraphs, negative class names.
 */
final class ConditionalCleaner {

    private static final Set<String> CHECKED = Set.of("div", "section", "ul", "ol", "table", "form", "header",
            "dl", "span");

    private static final java.util.regex.Pattern EMBED = java.util.regex.Pattern.compile(
            "(?i)tweet|twitter|instagram|social-embed|social-media-embed|pullquote");

    /** Names that condemn a block outright; weaker ones ("media", "meta") only lower its score. */
    private static final java.util.regex.Pattern STRONG_NEGATIVE = java.util.regex.Pattern.compile(
            "(?i)comment|share|sharing|social|related|promo|sponsor|newsletter|subscribe|byline|author|caption|"
                    + "credit|recirc|trending|popular|nav|menu|footer|sidebar|tags|-ad-|^ad-|outbrain|shoutbox|"
                    + "skyscraper|banner|masthead|contact|shopping|gdpr|combx");

    private ConditionalCleaner() {
    }

    static void clean(List<Element> containers, NodeStats stats) {
        List<Element> doomed = new ArrayList<>();
        for (Element container : containers) {
            for (Element e : container.getAllElements()) {
                if (e != container && CHECKED.contains(e.normalName()) && isFishy(e, stats)) {
                    doomed.add(e);
                }
            }
        }
        HtmlCleaner.removeAll(doomed);
    }

    private static boolean isFishy(Element e, NodeStats stats) {
        String tag = e.normalName();
        NodeStats.Stat st = stats.of(e);
        int weight = BoilerplatePatterns.classWeight(e);
        if (EMBED.matcher(BoilerplatePatterns.classAndId(e)).find()) {
            return st.linkDensity() > 0.6; // embedded posts and quotes are part of the story
        }
        if (weight < 0 && st.paragraphs < 3 && STRONG_NEGATIVE.matcher(BoilerplatePatterns.classAndId(e)).find()) {
            return true;
        }
        if (st.text == 0) {
            return false;
        }
        double linkDensity = st.linkDensity();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        if (list) {
            return linkDensity > 0.5;
        }
        if (tag.equals("span")) {
            return false;
        }
        if (st.commas >= 10) {
            return false;
        }
        if (!st.blockInside) {
            // a paragraph-like div: judge by links only
            return linkDensity > 0.5 && st.text < 200;
        }
        int p = st.paragraphs;
        int li = st.listItems;
        if (li > p + 1 && tag.equals("div") && linkDensity > 0.2) {
            return true;
        }
        if (weight < 25 && linkDensity > 0.33) {
            return true;
        }
        return weight >= 25 && linkDensity > 0.5;
    }
}
