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
                    + "screen-reader|structured-data|jump-link|caption|credit|tooltip|popover|rollover|hovercard",
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

    private static final int UNLIKELY_BIT = 1;
    private static final int MAYBE_BIT = 2;
    private static final int POSITIVE_BIT = 4;
    private static final int NEGATIVE_BIT = 8;
    private static final int CACHE_LIMIT = 50_000;
    /** Class/id strings repeat across elements and pages; matching the big alternations once each is much faster. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> FLAGS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private BoilerplatePatterns() {
    }

    private static int flags(String names) {
        Integer cached = FLAGS.get(names);
        if (cached != null) {
            return cached;
        }
        int f = 0;
        if (UNLIKELY.matcher(names).find()) {
            f |= UNLIKELY_BIT;
        }
        if (MAYBE_CONTENT.matcher(names).find()) {
            f |= MAYBE_BIT;
        }
        if (POSITIVE.matcher(names).find()) {
            f |= POSITIVE_BIT;
        }
        if (NEGATIVE.matcher(names).find()) {
            f |= NEGATIVE_BIT;
        }
        if (FLAGS.size() > CACHE_LIMIT) {
            FLAGS.clear();
        }
        FLAGS.put(names, f);
        return f;
    }

    /** Names that mark furniture (and nothing that marks content). */
    static boolean isUnlikely(String names) {
        if (names.isEmpty()) {
            return false;
        }
        int f = flags(names);
        return (f & UNLIKELY_BIT) != 0 && (f & MAYBE_BIT) == 0;
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
        return weightOf(e.className()) + weightOf(e.id());
    }

    private static int weightOf(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int f = flags(name);
        int weight = 0;
        if ((f & NEGATIVE_BIT) != 0) {
            weight -= 25;
        }
        if ((f & POSITIVE_BIT) != 0) {
            weight += 25;
        }
        return weight;
    }
}
