package io.newslens.search.index;

import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.SummaryComputed;
import io.newslens.search.domain.ArticleDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Pure merge rules between the stored document and incoming events. An article event replaces the
 * article half only when its version is newer; a summary event replaces the summary half only when it
 * was computed from a newer article version (or later for the same version). Each half survives
 * updates of the other, whichever arrives first.
 */
public final class DocumentMerger {

    private static final int MAX_TITLE_SUGGEST_SUFFIXES = 6;

    private DocumentMerger() {
    }

    /** True when the event should replace the article half of {@code current}. */
    public static boolean isNewer(ArticleDocument current, ArticleParsed event) {
        return current == null || current.version == null || event.version() > current.version;
    }

    /** True when the event should replace the summary half of {@code current}. */
    public static boolean isNewer(ArticleDocument current, SummaryComputed event) {
        if (current == null || current.summary == null || current.summary.articleVersion() == null) {
            return true;
        }
        long held = current.summary.articleVersion();
        if (event.articleVersion() != held) {
            return event.articleVersion() > held;
        }
        Instant heldAt = current.summary.computedAt();
        return heldAt == null || (event.computedAt() != null && event.computedAt().isAfter(heldAt));
    }

    /** Newest article event per id wins inside one batch. */
    public static Comparator<ArticleParsed> articleOrder() {
        return Comparator.comparingLong(ArticleParsed::version);
    }

    public static Comparator<SummaryComputed> summaryOrder() {
        return Comparator.comparingLong(SummaryComputed::articleVersion)
                .thenComparing(SummaryComputed::computedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /**
     * The article half from an event, keeping the summary half of {@code current}. The vector of the
     * previous version is dropped: {@code embedding} is a vector known to be computed from this very
     * version (a reindex copies it), else null and the embedding step adds it later.
     */
    public static ArticleDocument withArticle(ArticleDocument current, ArticleParsed a, float[] embedding) {
        ArticleDocument d = new ArticleDocument();
        d.id = a.id();
        d.version = a.version();
        d.schemaVersion = a.schemaVersion();
        d.sourceUrl = a.sourceUrl();
        d.contentHash = a.contentHash();
        d.fingerprint = a.fingerprint();
        d.duplicateOf = a.duplicateOf();
        d.collapseKey = collapseKey(a);
        d.title = a.title();
        d.authors = a.authors().stream()
                .filter(x -> x != null && x.name() != null && !x.name().isBlank())
                .map(x -> new ArticleDocument.Author(x.name(), x.affiliation())).toList();
        d.publisher = a.publisher();
        d.section = a.section();
        d.publishedAt = a.publishedAt();
        d.language = a.language();
        d.documentType = a.documentType();
        d.text = a.text();
        d.paragraphs = a.paragraphs();
        d.entities = a.entities().stream()
                .filter(e -> e != null && e.name() != null && !e.name().isBlank())
                .map(e -> new ArticleDocument.Entity(e.name(), e.type(), e.aliases(), e.mentions().size()))
                .toList();
        d.entityNames = d.entities.stream().map(ArticleDocument.Entity::name).distinct().toList();
        d.truncated = a.truncated();
        d.ingestedAt = a.ingestedAt();
        d.indexedAt = Instant.now();
        d.titleSuggest = titleSuggest(a.title());
        d.entitySuggest = d.entityNames.isEmpty() ? null : new ArticleDocument.Completion(d.entityNames);
        d.embedding = embedding;
        d.embeddingVersion = embedding == null ? null : a.version();
        d.summary = current == null ? null : current.summary;
        return d;
    }

    /** The summary half from an event on top of {@code current} (or a placeholder when the article is unknown). */
    public static ArticleDocument withSummary(ArticleDocument current, SummaryComputed s) {
        ArticleDocument d = current == null ? new ArticleDocument() : current;
        d.id = s.articleId();
        d.summary = new ArticleDocument.Summary(
                s.analyser() == null ? null : s.analyser().name(),
                s.analyser() == null ? null : s.analyser().version(),
                s.articleVersion(),
                s.computedAt(),
                s.thesis() == null ? null
                        : new ArticleDocument.Thesis(s.thesis().text(), s.thesis().start(), s.thesis().end()),
                s.stances().stream().filter(Objects::nonNull)
                        .map(x -> new ArticleDocument.Stance(x.target(), x.targetType(), x.label(), x.score(),
                                x.evidence()))
                        .toList(),
                s.claims().stream().filter(c -> c != null && c.type() != null)
                        .map(c -> c.type().toLowerCase(Locale.ROOT)).distinct().toList(),
                s.claims().stream().filter(Objects::nonNull)
                        .map(c -> new ArticleDocument.Claim(c.text(), c.start(), c.end(), c.type(), c.hedged(),
                                c.attributedTo(), c.entities(), c.checkworthiness()))
                        .toList(),
                s.summary());
        return d;
    }

    static String collapseKey(ArticleParsed a) {
        if (a.duplicateOf() != null && !a.duplicateOf().isBlank()) {
            return a.duplicateOf();
        }
        if (a.fingerprint() != null && !a.fingerprint().isBlank()) {
            return "fp:" + a.fingerprint();
        }
        return a.id();
    }

    /** The whole title plus its word suffixes, so a prefix of any of the first words completes it. */
    static ArticleDocument.Completion titleSuggest(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        Set<String> inputs = new LinkedHashSet<>();
        inputs.add(t);
        String[] words = t.split("\\s+");
        for (int i = 1; i < words.length && i <= MAX_TITLE_SUGGEST_SUFFIXES; i++) {
            inputs.add(String.join(" ", List.of(words).subList(i, words.length)));
        }
        return new ArticleDocument.Completion(new ArrayList<>(inputs));
    }
}
