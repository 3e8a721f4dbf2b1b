package io.newslens.ingest.extraction;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/** Class/id/role vocabularies that mark page furniture or article content (readability-style). */
final class BoilerplatePatterns {

    /** Blocks that are almost never the article: removed before scoring unless they look like content too. */
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|^ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
                    + "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
                    + "supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|"
                    + "signup|sign-up|share|sharing|recirc|most-popular|mostpopular|trending|outbrain|taboola|"
                    + "promo|cookie|consent|paywall|masthead|navbar|topbar|toolbar|onward|read-more|readmore|"
                    + "also-read|more-stories|recommend|author-bio|byline|dateline|timestamp|tags|tagline|"
                    + "ticker|modal|overlay|toast|skip-link|print-only|visually-hidden|sr-only|"
                    + "screen-reader|jump-link|caption|credit|tooltip|popover|rollover|hovercard",
            Pattern.CASE_INSENSITIVE);

    static final Pattern MAYBE_CONTENT = Pattern.compile(
            "article|body|column|content|main|mathjax|shadow|embed|story|entry|post-text|text", Pattern.CASE_INSENSITIVE);

    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-text|richtext",
            Pattern.CASE_INSENSITIVE);

    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
                    + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|"
                    + "newsletter|subscribe|byline|author|caption|credit|recirc|trending|popular|nav|menu",
            Pattern.CASE_INSENSITIVE);

    static final Pattern UNLIKELY_ROLES = Pattern.compile(
            "menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search",
            Pattern.CASE_INSENSITIVE);

    private BoilerplatePatterns() {
    }

    static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        if (id.isEmpty()) {
            return cls;
        }
        return cls.isEmpty() ? id : cls + " " + id;
    }

    /** Readability's class weight: +25 for content-like names, -25 for furniture-like names. */
    static int classWeight(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(cls).find()) {
                weight += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                weight += 25;
            }
        }
        return weight;
    }
}
