package io.newslens.ingest.extraction;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Removes what can never be article text (scripts, forms, hidden and furniture blocks) before scoring. */
final class HtmlCleaner {

    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "canvas", "object", "embed", "button", "input", "select", "textarea", "option", "link", "meta",
            "nav", "aside", "footer", "dialog", "menu", "audio", "video", "picture", "img", "figure", "figcaption",
            "map", "area", "head", "label", "form-control", "amp-ad", "amp-analytics", "amp-social-share");

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private HtmlCleaner() {
    }

    /** First pass: tags and hidden elements. */
    static void removeNonContent(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (NEVER_CONTENT.contains(tag) || isHidden(e) || isMicrodataMetadata(e)) {
                doomed.add(e);
            }
        }
        removeAll(doomed);
    }

    /** schema.org microdata blocks describing the image, publisher or author are metadata, not prose. */
    private static boolean isMicrodataMetadata(Element e) {
        if (!e.hasAttr("itemscope")) {
            return false;
        }
        String prop = e.attr("itemprop").toLowerCase(java.util.Locale.ROOT);
        return prop.equals("image") || prop.equals("publisher") || prop.equals("logo")
                || prop.equals("mainentityofpage");
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        return "true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.normalName().equals("div")
                && !e.normalName().equals("section");
    }

    /**
     * Second pass: furniture by role, tag and class/id names. An element holding a large share of the
     * page's text is kept whatever its name (wrappers are often named oddly, e.g. "page-with-sidebar").
     */
    static void removeFurniture(Element body, NodeStats stats) {
        int total = Math.max(1, stats.of(body).text);
        // the page's own article-body markup and its ancestors are never furniture
        Set<Element> protectedOnes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element marked : body.getElementsByAttributeValue("itemprop", "articleBody")) {
            for (Element p = marked; p != null; p = p.parent()) {
                protectedOnes.add(p);
            }
        }
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (e == body || tag.equals("article") || tag.equals("main") || tag.equals("a")
                    || tag.equals("html") || tag.equals("p")) {
                continue;
            }
            if (protectedOnes.contains(e)) {
                continue;
            }
            boolean furniture = false;
            String role = e.attr("role");
            if (!role.isEmpty() && BoilerplatePatterns.UNLIKELY_ROLES.matcher(role).find()) {
                furniture = true;
            } else if (tag.equals("header")) {
                furniture = stats.of(e).paragraphs < 2;
            } else {
                String names = BoilerplatePatterns.classAndId(e);
                if (BoilerplatePatterns.isUnlikely(names)) {
                    furniture = true;
                }
            }
            if (furniture && stats.of(e).text < total * 0.4) {
                doomed.add(e);
            }
        }
        removeAll(doomed);
    }

    static void removeAll(List<Element> doomed) {
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
