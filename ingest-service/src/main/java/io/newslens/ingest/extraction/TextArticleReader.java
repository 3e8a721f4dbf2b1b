package io.newslens.ingest.extraction;

import io.newslens.common.events.ArticleParsed.Author;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text path for scraped pages: one paragraph per line. Header lines (title, crumbs, bylines,
 * datelines, captions) come before the first prose line; the story ends at an end marker (author
 * signature, copyright, disclaimer, translation credit, paywall cut) and what follows, usually teasers
 * of other articles, is dropped. Paywall blocks inside the story are removed with their short lines.
 */
final class TextArticleReader {

    private static final int PROSE_WORDS = 12;

    private static final Pattern TRUNCATION = Pattern.compile(
            "(?i)^(?:to continue reading.*|continue reading.{0,40}|(?:read|view) the full (?:article|text|story).*"
                    + "|request (?:your |a )?(?:free )?trial.*|subscribe to (?:read|continue).*)$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:copyright|©|\\(c\\))\\s*[:©]?\\s*(?:\\d{4}\\s*)?(.{2,80}?)\\.?$");
    private static final Pattern TRANSLATION = Pattern.compile("(?i)^translat(?:ion|ed) by (?:the )?(.{2,80}?) staff\\.?$");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i)^the (?:views|opinions) expressed.{0,200}$|^(?:this|the) (?:article|column|piece) (?:was|is) "
                    + "(?:originally )?published.{0,200}$");
    private static final Pattern NOT_THOSE_OF = Pattern.compile("(?i)not (?:necessarily )?(?:those|the views) of (?:the )?([\\p{L}][\\p{L}\\p{N}&. -]{1,60}?)\\.?$");
    private static final Pattern JOIN_SITE = Pattern.compile("^(?:Join|Subscribe to|Support) ([\\p{Lu}][\\p{L}\\p{N}]+(?: [\\p{Lu}][\\p{L}\\p{N}]+){0,3})(?: today| now)?[.!]?$");
    private static final Pattern USES_COOKIES = Pattern.compile("^([\\p{Lu}][\\p{L}\\p{N}.]+(?: [\\p{Lu}][\\p{L}\\p{N}.]+){0,3}) uses (?:login |session )?cookies\\b.*");
    private static final Pattern EMAIL = Pattern.compile("\\b[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)\\b");
    private static final Pattern CRUMB = Pattern.compile("^(?:home|start|news)\\s*[>»›/|]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GLUED_LABEL = Pattern.compile("^(?:Author|Authors|Position|Type|Category|Section|Date|Published|Source|Topic)(\\p{Lu}.*)$");
    private static final Pattern CAPTION = Pattern.compile("(?i)^[•·▪*-]?\\s*.{0,300}\\((?:photo|image|picture|credit|source)s?:[^)]*\\)\\s*$");
    private static final Pattern PROMO = Pattern.compile(
            "(?i)\\b(?:free trial|subscribe|subscription|join \\S+ today|become a (?:member|subscriber)|"
                    + "get (?:instant|unlimited|full) access|sign up|log in to|already a (?:member|subscriber))\\b");
    private static final Pattern SENTENCE_SPLIT = Pattern.compile(
            "(?<!\\b(?:Dr|Prof|Mr|Mrs|Ms|St|Jr|Sr|Gen|Col|No|vs|U\\.S|U\\.K)\\.)(?<=[.!?])\\s+(?=[\\p{Lu}\"“])");

    private TextArticleReader() {
    }

    static ArticleDraft read(RawPage page) {
        List<String> lines = new ArrayList<>();
        for (String raw : page.content().split("\\R")) {
            String t = TextNormalizer.collapse(raw);
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        Evidence ev = new Evidence();
        List<String> body = new ArrayList<>();
        List<String> header = new ArrayList<>();
        boolean started = false;
        String pendingName = null;
        for (String line : lines) {
            collectPublisherEvidence(line, ev);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (TRUNCATION.matcher(line).matches()) {
                ev.truncated = started;
                if (started) {
                    break;
                }
                continue;
            }
            List<Author> signature = signatures(line, pendingName);
            if (!signature.isEmpty()) {
                ev.authors = AuthorParser.merge(ev.authors, signature);
                if (started && body.size() >= 3) {
                    dropTrailingName(body, signature);
                    break; // the signature closes the story; teasers of other articles follow
                }
                pendingName = null;
                continue;
            }
            if (isEndMarker(line) && started && body.size() >= 3) {
                break;
            }
            if (isHeaderMaterial(line, ev)) {
                continue;
            }
            if (BoilerplateLineClassifier.isFurniture(line) || CAPTION.matcher(line).matches()
                    || DISCLAIMER.matcher(line).matches() || isEndMarker(line)) {
                continue;
            }
            if (!started && (!isProse(line) || ev.title == null && header.isEmpty() && looksLikeTitle(line))) {
                if (AuthorParser.cleanName(line).isPresent() && TextNormalizer.countWords(line) <= 4
                        && ev.title != null) {
                    pendingName = line; // a bare name line, usually followed by "The author is ..."
                } else {
                    header.add(line);
                    if (ev.title == null && TextNormalizer.countWords(line) <= 30) {
                        ev.title = titleOf(line);
                    }
                }
                continue;
            }
            started = true;
            body.add(line);
        }
        body = removePaywallBlocks(body);
        body = BodyEdgeTrimmer.trim(body, ev.title, ev.authors);
        String publisher = ev.publisher;
        if (publisher == null) {
            publisher = PublisherResolver.fromUrl(page.sourceUrl());
        }
        Instant date = ev.date;
        return new ArticleDraft(ev.title, ev.authors, publisher, ev.section, date, null, ev.documentType, body,
                ev.truncated);
    }

    private static final class Evidence {
        String title;
        List<Author> authors = List.of();
        String publisher;
        int publisherRank = Integer.MAX_VALUE;
        String section;
        Instant date;
        String documentType = "article";
        boolean truncated;

        void publisher(String name, int rank) {
            if (name == null || name.isBlank() || rank >= publisherRank) {
                return;
            }
            String clean = name.strip().replaceAll("[.,;:]+$", "");
            publisher = PublisherDirectory.canonical(clean).orElse(clean.equals(clean.toUpperCase(Locale.ROOT))
                    ? TextNormalizer.titleCase(clean) : clean);
            publisherRank = rank;
        }
    }

    /** Title, crumbs, bylines, glued labels and datelines before (or around) the story. */
    private static boolean isHeaderMaterial(String line, Evidence ev) {
        if (line.regionMatches(true, 0, "by ", 0, 3) && TextNormalizer.countWords(line) <= 8) {
            List<Author> a = AuthorParser.fromByline(line);
            if (!a.isEmpty()) {
                ev.authors = AuthorParser.merge(ev.authors, a);
                return true;
            }
        }
        Optional<Author> crumbAuthor = AuthorParser.fromCrumb(line);
        if (crumbAuthor.isPresent() && line.matches("^Authors?\\p{Lu}.*|^Authors?:.*")) {
            ev.authors = AuthorParser.merge(ev.authors, List.of(crumbAuthor.get()));
            return true;
        }
        Matcher glued = GLUED_LABEL.matcher(line);
        if (glued.matches() && TextNormalizer.countWords(line) <= 4) {
            if (line.startsWith("Position") || line.startsWith("Type")) {
                ev.documentType = glued.group(1).toLowerCase(Locale.ROOT);
            }
            return true;
        }
        Matcher crumb = CRUMB.matcher(line);
        if (crumb.matches() && TextNormalizer.countWords(line) <= 10) {
            if (ev.section == null) {
                ev.section = crumb.group(1).strip();
            }
            return true;
        }
        if (BodyEdgeTrimmer.isDateLine(line)) {
            if (ev.date == null) {
                ev.date = DateParser.findInProse(line).orElse(null);
            }
            return true;
        }
        return ev.title != null && line.equals(ev.title) || ev.title != null && titleOf(line).equals(ev.title)
                && TextNormalizer.countWords(line) <= 30;
    }

    private static String titleOf(String line) {
        // "English title/ Other-language title." keeps the first title
        int slash = line.indexOf("/ ");
        String t = slash > 20 ? line.substring(0, slash) : line;
        return t.strip();
    }

    private static boolean isProse(String line) {
        int words = TextNormalizer.countWords(line);
        return words >= PROSE_WORDS || words >= 6 && line.matches(".*[.!?…\"”]$");
    }

    /** Headline case: most longer words capitalised, no closing sentence punctuation before a slash. */
    private static boolean looksLikeTitle(String line) {
        String t = titleOf(line);
        String[] words = t.split("\\s+");
        if (words.length > 30 || t.matches(".*[.!?]$")) {
            return false;
        }
        int longWords = 0;
        int capitalised = 0;
        for (String w : words) {
            if (w.length() > 3) {
                longWords++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords > 0 && capitalised >= 0.6 * longWords;
    }

    private static boolean isEndMarker(String line) {
        return COPYRIGHT.matcher(line).matches() && TextNormalizer.countWords(line) <= 10
                || TRANSLATION.matcher(line).matches()
                || DISCLAIMER.matcher(line).matches()
                || EMAIL.matcher(line).find() && TextNormalizer.countWords(line) <= 6;
    }

    private static void collectPublisherEvidence(String line, Evidence ev) {
        Matcher m = TRANSLATION.matcher(line);
        if (m.matches()) {
            ev.publisher(m.group(1), 1);
        }
        m = COPYRIGHT.matcher(line);
        if (m.matches() && TextNormalizer.countWords(line) <= 10) {
            ev.publisher(m.group(1).replaceAll("(?i)all rights reserved", "").strip(), 2);
        }
        m = NOT_THOSE_OF.matcher(line);
        if (m.find()) {
            ev.publisher(m.group(1), 3);
        }
        m = USES_COOKIES.matcher(line);
        if (m.matches()) {
            ev.publisher(m.group(1), 4);
        }
        m = JOIN_SITE.matcher(line);
        if (m.matches()) {
            ev.publisher(m.group(1), 5);
        }
        m = EMAIL.matcher(line);
        if (m.find() && TextNormalizer.countWords(line) <= 6) {
            String domain = m.group(1);
            Optional<String> known = PublisherDirectory.canonical(domain);
            ev.publisher(known.orElse(domain.toLowerCase(Locale.ROOT)), known.isPresent() ? 2 : 6);
        }
    }

    /** Signature sentences of a line ("X is a ... at Y."), only if the whole line is signatures or a bio. */
    private static List<Author> signatures(String line, String pendingName) {
        if (line.length() > 600) {
            return List.of();
        }
        List<Author> out = new ArrayList<>();
        String[] sentences = SENTENCE_SPLIT.split(line);
        for (int i = 0; i < sentences.length; i++) {
            Optional<Author> a = AuthorParser.fromSignature(sentences[i], pendingName);
            if (a.isPresent()) {
                out.add(a.get());
            } else if (i == 0) {
                return List.of(); // a signature paragraph opens with one
            }
        }
        return out;
    }

    private static void dropTrailingName(List<String> body, List<Author> signature) {
        if (body.isEmpty()) {
            return;
        }
        String last = body.get(body.size() - 1);
        for (Author a : signature) {
            if (last.equalsIgnoreCase(a.name()) || AuthorParser.cleanName(last).map(a.name()::equals).orElse(false)) {
                body.remove(body.size() - 1);
                return;
            }
        }
    }

    /** Removes runs of short lines that contain a subscription prompt (a paywall box inside the story). */
    private static List<String> removePaywallBlocks(List<String> body) {
        boolean[] drop = new boolean[body.size()];
        for (int i = 0; i < body.size(); i++) {
            if (isPromoLine(body.get(i))) {
                drop[i] = true;
                for (int j = i - 1; j >= 0 && isShort(body.get(j)); j--) {
                    drop[j] = true;
                }
                for (int j = i + 1; j < body.size() && isShort(body.get(j)); j++) {
                    drop[j] = true;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (!drop[i]) {
                out.add(body.get(i));
            }
        }
        return out;
    }

    private static boolean isPromoLine(String line) {
        return TextNormalizer.countWords(line) <= 25 && PROMO.matcher(line).find();
    }

    private static boolean isShort(String line) {
        return TextNormalizer.countWords(line) <= 16;
    }

}
