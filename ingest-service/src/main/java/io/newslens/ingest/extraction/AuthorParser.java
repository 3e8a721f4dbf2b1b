package io.newslens.ingest.extraction;

import io.newslens.common.events.ArticleParsed.Author;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names from bylines ("By Jane Doe and John Roe"), author crumbs ("AuthorDoe, Jane"),
 * metadata values and signature paragraphs ("Jane Doe is a senior fellow at X." gives the name and
 * the affiliation "senior fellow at X").
 */
final class AuthorParser {

    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "van", "von",
            "bin", "ibn", "al", "el", "la", "le", "du", "di", "dos", "das", "ter", "ten", "y", "st.", "mc", "o'");
    private static final Set<String> NOT_NAMES = Set.of("staff", "editor", "editors", "editorial", "reporter",
            "correspondent", "news", "desk", "team", "admin", "agency", "agencies", "press", "associated",
            "reuters", "afp", "contributor", "contributors", "writer", "guest", "updated", "published", "the",
            "and", "by", "share", "follow", "email", "twitter", "view", "all", "posts", "more", "read", "home",
            "opinion", "columns", "print", "photo", "comments", "minutes", "min", "ago", "article");
    private static final Pattern TITLES = Pattern.compile(
            "^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev|Gen|Col|Capt|Amb|Ambassador|Hon)\\.?\\s+)+");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(?:written\\s+|words\\s+|posted\\s+|reported\\s+)?by[:\\s]+");
    private static final Pattern CRUMB = Pattern.compile("^Authors?:?\\s*(\\S.*)$");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\||/)\\s*");
    /** "Name is a/an/the ROLE ..." at the start of a sentence. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(.{3,80}?)\\s+(?:is|was|serves as)\\s+(?:(?:a|an|the)\\s+)?(.+?)\\.?$");

    private AuthorParser() {
    }

    /** Authors of a byline or metadata value; empty when it does not read like names. */
    static List<Author> fromByline(String raw) {
        if (raw == null) {
            return List.of();
        }
        String s = TextNormalizer.collapse(raw);
        if (s.isEmpty() || s.length() > 200 || s.startsWith("http")) {
            return List.of();
        }
        s = BY_PREFIX.matcher(s).replaceFirst("");
        // drop trailing dates/roles after a separator: "Jane Doe | Updated 3 June" or "Jane Doe - Reuters"
        s = s.replaceAll("\\s+[|–—•·]\\s+.*$", "").replaceAll("\\s+-\\s+.*$", "");
        Map<String, Author> out = new LinkedHashMap<>();
        for (String part : SPLIT.split(s)) {
            cleanName(part).ifPresent(n -> out.putIfAbsent(n, new Author(n, null)));
        }
        return List.copyOf(out.values());
    }

    /** "AuthorKocamaz, Sinem Unaldilar" (a crumb glued to its label) gives "Sinem Unaldilar Kocamaz". */
    static Optional<Author> fromCrumb(String line) {
        Matcher m = CRUMB.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = m.group(1).strip();
        String[] parts = value.split("\\s*,\\s*");
        if (parts.length == 2) {
            return cleanName(parts[1] + " " + parts[0]).map(n -> new Author(n, null));
        }
        return cleanName(value).map(n -> new Author(n, null));
    }

    /**
     * A signature sentence: "Jane Doe is a senior fellow at X." gives (Jane Doe, "senior fellow at X").
     * {@code knownName} replaces a pronoun subject ("The author is ...").
     */
    static Optional<Author> fromSignature(String sentence, String knownName) {
        Matcher m = SIGNATURE.matcher(sentence.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String subject = m.group(1).strip();
        String role = m.group(2).strip();
        if (!looksLikeRole(role)) {
            return Optional.empty();
        }
        String lower = subject.toLowerCase(Locale.ROOT);
        Optional<String> name;
        if (lower.equals("the author") || lower.equals("the writer") || lower.equals("he") || lower.equals("she")
                || lower.equals("the columnist")) {
            name = knownName == null ? Optional.empty() : cleanName(knownName);
        } else {
            name = cleanName(subject);
        }
        return name.map(n -> new Author(n, role));
    }

    private static boolean looksLikeRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return r.length() < 250 && r.matches(
                "(?s).*\\b(?:professor|fellow|researcher|analyst|director|editor|correspondent|columnist|writer|"
                        + "journalist|reporter|lecturer|scholar|head|chair|chairman|president|founder|ceo|adviser|"
                        + "advisor|minister|ambassador|associate|member|author|economist|consultant|partner|"
                        + "officer|expert|specialist|student|candidate|manager|commentator|contributor|dean|"
                        + "chief|secretary|diplomat)\\b.*")
                && r.matches("(?s).*\\b(?:at|of|with|for|in)\\b.*");
    }

    /** A person's name as written, without honorifics; empty when the text is not a plausible name. */
    static Optional<String> cleanName(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = TextNormalizer.collapse(raw).replaceAll("^[\\s,;:|-]+|[\\s,;:|.-]+$", "");
        s = TITLES.matcher(s).replaceFirst("");
        // "Jane Doe. Example News": a sentence break after a full word ends the name
        s = s.replaceFirst("(?<=\\p{L}{2})\\.\\s.*$", "");
        s = s.replaceFirst("(?i)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", "");
        if (s.isEmpty() || s.length() > 60 || s.matches(".*[\\d@#:/()\\[\\]].*")) {
            return Optional.empty();
        }
        String[] tokens = s.split(" ");
        if (tokens.length < 2 || tokens.length > 5) {
            return Optional.empty();
        }
        int capitalised = 0;
        for (String t : tokens) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(lower) || NOT_NAMES.contains(lower.split("-")[0])) {
                return Optional.empty();
            }
            if (t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)) && !s.equals(s.toUpperCase(Locale.ROOT))
                    && !t.matches("I{2,3}|IV|JR\\.?|SR\\.?|[A-Z]\\.")) {
                return Optional.empty(); // an acronym among names: an organisation ("CBS Detroit")
            }
            if (NAME_TOKEN.matcher(t).matches()) {
                capitalised++;
            } else if (!PARTICLES.contains(lower)) {
                return Optional.empty();
            }
        }
        if (capitalised < 2) {
            return Optional.empty();
        }
        if (s.equals(s.toUpperCase(Locale.ROOT))) {
            s = TextNormalizer.titleCase(s);
        }
        return Optional.of(s);
    }


    /** Drops "authors" that are the publisher or another known news organisation. */
    static List<Author> withoutOrganisations(List<Author> authors, String publisher) {
        String core = publisher == null ? "" : publisher.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").strip();
        List<Author> out = new ArrayList<>();
        for (Author a : authors) {
            String n = a.name().toLowerCase(Locale.ROOT);
            boolean org = PublisherDirectory.canonical(a.name()).isPresent()
                    || !core.isEmpty() && (n.contains(core) || core.contains(n));
            if (!org) {
                out.add(a);
            }
        }
        return out;
    }

    static List<Author> merge(List<Author> a, List<Author> b) {
        Map<String, Author> out = new LinkedHashMap<>();
        for (Author x : a) {
            out.put(x.name().toLowerCase(Locale.ROOT), x);
        }
        for (Author x : b) {
            String key = x.name().toLowerCase(Locale.ROOT);
            Author prev = out.get(key);
            if (prev == null) {
                out.put(key, x);
            } else if (prev.affiliation() == null && x.affiliation() != null) {
                out.put(key, new Author(prev.name(), x.affiliation()));
            }
        }
        return new ArrayList<>(out.values());
    }
}
