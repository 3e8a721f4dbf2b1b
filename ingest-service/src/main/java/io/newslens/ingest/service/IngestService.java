package io.newslens.ingest.service;

import io.newslens.common.events.Topics;
import io.newslens.ingest.domain.ArticleSubmission;
import io.newslens.ingest.domain.ContentHasher;
import io.newslens.ingest.domain.IngestOutcome;
import io.newslens.ingest.domain.SimHash;
import io.newslens.ingest.domain.TextSanitizer;
import io.newslens.ingest.extraction.ArticleExtractor;
import io.newslens.ingest.extraction.ExtractedArticle;
import io.newslens.ingest.extraction.RawPage;
import io.newslens.ingest.messaging.ArticleEvents;
import io.newslens.ingest.persistence.Article;
import io.newslens.ingest.persistence.ArticleJson;
import io.newslens.ingest.persistence.ArticleRepository;
import io.newslens.ingest.persistence.RawInput;
import io.newslens.support.outbox.OutboxWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The ingest use case: extract, fingerprint, store raw page + article + outbox event in ONE
 * transaction. Idempotency rests on the unique constraints on content_hash and external_id: a
 * concurrent duplicate insert fails on the constraint and is answered with the stored article,
 * so there is no check-then-insert race and never a second event.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final ArticleExtractor extractor;
    private final ArticleRepository articles;
    private final NearDuplicateFinder nearDuplicates;
    private final ArticleJson json;
    private final ArticleEvents events;
    private final OutboxWriter outbox;
    private final IngestMetrics metrics;

    public IngestService(ArticleExtractor extractor, ArticleRepository articles, NearDuplicateFinder nearDuplicates,
                         ArticleJson json, ArticleEvents events, OutboxWriter outbox, IngestMetrics metrics) {
        this.extractor = extractor;
        this.articles = articles;
        this.nearDuplicates = nearDuplicates;
        this.json = json;
        this.events = events;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    public IngestOutcome ingest(ArticleSubmission submission) {
        ExtractedArticle extracted = extract(submission);
        String text = TextSanitizer.clean(extracted.text());
        if (text == null || text.isBlank()) {
            throw IngestException.unprocessable("no-article-text", "No article text could be extracted from the page.");
        }
        String contentHash = ContentHasher.hash(text);
        long fingerprint = SimHash.fingerprint(text);

        // Fast path only; correctness comes from the constraints below.
        Optional<Article> known = QuarkusTransaction.requiringNew()
                .call(() -> articles.findExisting(contentHash, submission.externalId()));
        if (known.isPresent()) {
            metrics.existing();
            return new IngestOutcome(known.get(), false);
        }
        try {
            Article stored = QuarkusTransaction.requiringNew().call(
                    () -> store(submission, extracted, text, contentHash, fingerprint));
            metrics.created(stored.duplicateOf != null);
            return new IngestOutcome(stored, true);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // Lost a race with a concurrent ingestion of the same page: answer with the winner.
            Article winner = QuarkusTransaction.requiringNew()
                    .call(() -> articles.findExisting(contentHash, submission.externalId()))
                    .orElseThrow(() -> e);
            LOG.debugf("concurrent re-post of article %s resolved by unique constraint", winner.id);
            metrics.existing();
            return new IngestOutcome(winner, false);
        }
    }

    private ExtractedArticle extract(ArticleSubmission s) {
        RawPage page = new RawPage(TextSanitizer.cleanPage(s.content()), s.kind(), s.sourceUrl(), s.publisher(), s.publishedAt());
        try {
            ExtractedArticle extracted = extractor.extract(page);
            if (extracted == null) {
                throw IngestException.unprocessable("no-article-text", "No article could be extracted from the page.");
            }
            return extracted;
        } catch (IngestException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Pathological input (e.g. absurdly nested markup) must not become a 500.
            LOG.warnf(e, "extraction failed for a %s page from %s", s.kind(), s.sourceUrl());
            throw IngestException.unprocessable("extraction-failed",
                    "The page could not be parsed into an article (" + e.getClass().getSimpleName() + ").");
        }
    }

    private Article store(ArticleSubmission s, ExtractedArticle x, String text, String contentHash, long fingerprint) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL precision, so event == row

        RawInput raw = new RawInput();
        raw.id = UUID.randomUUID();
        raw.receivedAt = now;
        raw.origin = s.origin().name();
        raw.contentType = s.contentType() == null || s.contentType().isBlank() ? "application/octet-stream" : s.contentType();
        raw.charset = s.charset();
        raw.sourceUrl = s.sourceUrl();
        raw.content = s.raw();
        raw.persist();

        Article a = new Article();
        a.id = UUID.randomUUID();
        a.version = 1;
        a.externalId = s.externalId();
        a.contentHash = contentHash;
        a.fingerprint = fingerprint;
        a.simhashBands = SimHash.bands(fingerprint);
        a.duplicateOf = nearDuplicates.findOriginal(fingerprint).orElse(null);
        a.rawInputId = raw.id;
        a.sourceUrl = s.sourceUrl();
        a.title = TextSanitizer.clean(x.title());
        a.authors = json.write(x.authors());
        a.publisher = s.publisher() != null ? s.publisher() : TextSanitizer.clean(x.publisher());
        a.section = TextSanitizer.clean(x.section());
        a.publishedAt = s.publishedAt() != null ? s.publishedAt() : x.publishedAt();
        a.language = limit(x.language(), 32);      // column widths: an odd extractor value must not become a 500
        a.documentType = limit(x.documentType(), 64);
        a.text = text;
        a.paragraphs = json.write(x.paragraphs());
        a.entities = json.write(x.entities());
        a.truncated = x.truncated();
        a.ingestedAt = now;
        articles.persist(a);

        outbox.enqueue(Topics.ARTICLES, a.id.toString(), events.toEvent(a));

        articles.flush(); // surface a unique violation here, inside call(), not at commit
        return a;
    }

    private static String limit(String value, int max) {
        String v = TextSanitizer.clean(value);
        return v == null || v.length() <= max ? v : v.substring(0, max);
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getSQLException() != null
                    && UNIQUE_VIOLATION.equals(cve.getSQLException().getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
