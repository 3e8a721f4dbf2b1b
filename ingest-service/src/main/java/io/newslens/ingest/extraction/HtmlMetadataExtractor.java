package io.newslens.ingest.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.newslens.common.events.ArticleParsed.Author;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads title, authors, publication date, publisher, section and language from a page's structured
 * data, in order of trust: JSON-LD, OpenGraph/article meta tags, other meta tags, then markup
 * ({@code <time>}, byline elements, {@code <h1>}, {@code <title>}). Must run before the body
 * extractor removes bylines and headers.
 */
final class HtmlMetadataExtractor {

    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·•»]\\s+[^|\\-–—:·•»]{2,60}$");

    private HtmlMetadataExtractor() {
    }

    static PageMetadata extract(Document doc) {
        List<JsonNode> ld = JsonLdReader.objects(doc);
        JsonNode article = null;
        for (JsonNode n : ld) {
            if (JsonLdReader.isArticle(n)) {
                article = n;
                break;
            }
        }
        String siteName = meta(doc, "og:site_name", "application-name", "publisher", "dc.publisher",
                "twitter:site");
        if (siteName != null && siteName.startsWith("@")) {
            siteName = siteName.substring(1);
        }

        String title = null;
        List<Author> authors = new ArrayList<>();
        Instant published = null;
        String publisher = null;
        String section = null;
        String language = null;
        String body = null;
        String type = null;
        if (article != null) {
            title = JsonLdReader.text(article, "headline");
            for (String name : JsonLdReader.names(article.get("author"))) {
                authors = AuthorParser.merge(authors, AuthorParser.fromByline(name));
            }
            published = DateParser.parse(JsonLdReader.text(article, "datePublished")).orElse(null);
            if (published == null) {
                published = DateParser.parse(JsonLdReader.text(article, "dateCreated")).orElse(null);
            }
            publisher = JsonLdReader.text(article, "publisher");
            section = JsonLdReader.text(article, "articleSection");
            language = JsonLdReader.text(article, "inLanguage");
            body = JsonLdReader.text(article, "articleBody");
            type = JsonLdReader.types(article).isEmpty() ? null : JsonLdReader.types(article).get(0);
        }
        if (publisher == null) {
            for (JsonNode n : ld) {
                if (JsonLdReader.types(n).stream().anyMatch(t -> t.equals("Organization") || t.equals("NewsMediaOrganization")
                        || t.equals("WebSite"))) {
                    publisher = JsonLdReader.text(n, "name");
                    if (publisher != null) {
                        break;
                    }
                }
            }
        }

        if (title == null) {
            title = meta(doc, "og:title", "twitter:title", "dc.title", "headline", "sailthru.title", "parsely-title");
        }
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            if (h1 != null && !h1.text().isBlank()) {
                title = h1.text();
            }
        }
        if (title == null && !doc.title().isBlank()) {
            title = TITLE_SUFFIX.matcher(doc.title()).replaceFirst("");
        }

        if (authors.isEmpty()) {
            for (String name : metas(doc, "author", "article:author", "byl", "dc.creator", "parsely-author",
                    "sailthru.author", "citation_author")) {
                authors = AuthorParser.merge(authors, AuthorParser.fromByline(name));
            }
        }
        if (authors.isEmpty()) {
            authors = bylineAuthors(doc);
        }

        if (published == null) {
            published = DateParser.parse(meta(doc, "article:published_time", "og:article:published_time",
                    "datePublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
                    "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_date",
                    "citation_publication_date", "article.published", "og:published_time")).orElse(null);
        }
        if (published == null) {
            published = timeElement(doc);
        }

        if (publisher == null) {
            publisher = siteName;
        }
        if (section == null) {
            section = meta(doc, "article:section", "section", "parsely-section", "sailthru.section");
        }
        if (language == null) {
            String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
            if (lang.isBlank()) {
                lang = meta(doc, "og:locale", "content-language", "language", "dc.language");
            }
            language = normalizeLanguage(lang);
        } else {
            language = normalizeLanguage(language);
        }
        authors = AuthorParser.withoutOrganisations(authors, clean(publisher));
        title = withoutSiteName(clean(title), clean(siteName), clean(publisher));
        return new PageMetadata(clean(title), authors, published, clean(publisher), clean(section), language,
                body, type);
    }

    /** "Headline | Site Name" gives "Headline" when the suffix is the site or publisher. */
    static String withoutSiteName(String title, String siteName, String publisher) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher m = TITLE_SUFFIX.matcher(title);
        if (m.find()) {
            String suffix = m.group().replaceFirst("^\\s+[|\\-–—:·•»]\\s+", "").toLowerCase(Locale.ROOT);
            for (String site : new String[] {siteName, publisher}) {
                if (site != null && !site.isBlank()) {
                    String s = site.toLowerCase(Locale.ROOT);
                    if (suffix.equals(s) || suffix.contains(s) || s.contains(suffix)) {
                        return title.substring(0, m.start()).strip();
                    }
                }
            }
        }
        return title;
    }

    static String normalizeLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = l.indexOf('-');
        if (dash > 0) {
            l = l.substring(0, dash);
        }
        return l.matches("[a-z]{2,3}") ? l : null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = TextNormalizer.collapse(org.jsoup.parser.Parser.unescapeEntities(s, false));
        return c.isEmpty() ? null : c;
    }

    private static Instant timeElement(Document doc) {
        for (String q : new String[] {"[itemprop=datePublished]", "time[pubdate]", "article time[datetime]",
                "time[datetime]"}) {
            Element e = doc.selectFirst(q);
            if (e != null) {
                String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
                        : e.text();
                Optional<Instant> i = DateParser.parse(v);
                if (i.isPresent()) {
                    return i.get();
                }
            }
        }
        return null;
    }

    private static List<Author> bylineAuthors(Document doc) {
        for (String q : new String[] {"[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]",
                "[class*=byline]", "[class*=author-name]", "[class*=author]"}) {
            for (Element e : doc.select(q)) {
                List<Author> a = AuthorParser.fromByline(e.text());
                if (!a.isEmpty()) {
                    return a;
                }
            }
        }
        return List.of();
    }

    /** First non-blank content of a meta tag named (name/property/itemprop) any of the keys, in key order. */
    static String meta(Document doc, String... keys) {
        for (String key : keys) {
            for (String v : metaValues(doc, key)) {
                return v;
            }
        }
        return null;
    }

    private static List<String> metas(Document doc, String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            out.addAll(metaValues(doc, key));
        }
        return out;
    }

    private static List<String> metaValues(Document doc, String key) {
        List<String> out = new ArrayList<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String name = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            if (name.equalsIgnoreCase(key)) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
