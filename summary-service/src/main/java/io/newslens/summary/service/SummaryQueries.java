package io.newslens.summary.service;

import io.newslens.common.events.Span;
import io.newslens.summary.domain.AnalyserView;
import io.newslens.summary.domain.ClaimFilter;
import io.newslens.summary.domain.ClaimPage;
import io.newslens.summary.domain.ClaimView;
import io.newslens.summary.domain.StanceView;
import io.newslens.summary.domain.SummaryView;
import io.newslens.summary.domain.TextSpan;
import io.newslens.summary.domain.ThesisView;
import io.newslens.summary.persistence.AnalysisEntity;
import io.newslens.summary.persistence.AnalysisFailureEntity;
import io.newslens.summary.persistence.ArticleEntity;
import io.newslens.summary.persistence.ClaimEntity;
import io.newslens.summary.persistence.StanceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Read side: summaries and claim listings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryQueries {

    private final EntityManager em;

    public SummaryQueries(EntityManager em) {
        this.em = em;
    }

    public Optional<SummaryView> summary(String articleId) {
        AnalysisEntity analysis = AnalysisEntity.findById(articleId);
        if (analysis == null) return Optional.empty();
        ArticleEntity article = ArticleEntity.findById(articleId);
        String body = article.text;
        // most check-worthy first: what a reader should check or quote leads
        List<ClaimView> claims = ClaimEntity.<ClaimEntity>list("articleId = ?1 order by checkworthiness desc, ordinal",
                        articleId).stream()
                .map(c -> claimView(c, null)).toList();
        List<StanceView> stances = StanceEntity.<StanceEntity>list("articleId = ?1 order by ordinal", articleId).stream()
                .map(s -> new StanceView(s.target, s.targetType, s.label, s.score,
                        s.evidence.stream().map(e -> TextSpan.of(body, e)).toList()))
                .toList();
        ThesisView thesis = analysis.thesisStart == null ? null
                : new ThesisView(analysis.thesisText, analysis.thesisStart, analysis.thesisEnd);
        return Optional.of(new SummaryView(articleId, analysis.articleVersion, article.title, article.publisher,
                article.publishedAt, new AnalyserView(analysis.analyserName, analysis.analyserVersion),
                analysis.computedAt, thesis, analysis.summary.stream().map(s -> TextSpan.of(body, s)).toList(),
                claims, stances));
    }

    /** The reason of the latest failed analysis of an article, if any. */
    public Optional<String> lastFailure(String articleId) {
        return AnalysisFailureEntity.<AnalysisFailureEntity>find("articleId = ?1 order by failedAt desc, id desc", articleId)
                .firstResultOptional().map(f -> f.reason);
    }

    public ClaimPage claims(ClaimFilter filter) {
        StringBuilder where = new StringBuilder(" from ClaimEntity c, ArticleEntity a where a.id = c.articleId");
        Map<String, Object> params = new HashMap<>();
        if (filter.entity() != null) {
            where.append(" and exists (select 1 from ClaimEntity c2 join c2.entities e where c2.id = c.id and lower(e) = :entity)");
            params.put("entity", filter.entity().toLowerCase(Locale.ROOT));
        }
        if (filter.type() != null) {
            where.append(" and c.type = :type");
            params.put("type", filter.type().toLowerCase(Locale.ROOT));
        }
        if (filter.hedged() != null) {
            where.append(" and c.hedged = :hedged");
            params.put("hedged", filter.hedged());
        }
        if (filter.attributedTo() != null) {
            where.append(" and lower(c.attributedTo) like :attributedTo escape '\\'");
            params.put("attributedTo", "%" + likeEscape(filter.attributedTo().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.minCheckworthiness() != null) {
            where.append(" and c.checkworthiness >= :minCheckworthiness");
            params.put("minCheckworthiness", filter.minCheckworthiness());
        }
        if (filter.publisher() != null) {
            where.append(" and lower(a.publisher) = :publisher");
            params.put("publisher", filter.publisher().toLowerCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            where.append(" and a.publishedAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and a.publishedAt < :to");
            params.put("to", filter.to());
        }
        TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("select c, a.publisher, a.publishedAt" + where
                + " order by a.publishedAt desc nulls last, c.articleId, c.ordinal", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<ClaimView> items = new ArrayList<>();
        if (total > (long) filter.page() * filter.size()) {
            rows.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size());
            for (Object[] row : rows.getResultList()) {
                ClaimEntity c = (ClaimEntity) row[0];
                items.add(claimView(c, new Object[] {row[1], row[2]}));
            }
        }
        return new ClaimPage(filter.page(), filter.size(), total, items);
    }

    private static ClaimView claimView(ClaimEntity c, Object[] article) {
        return new ClaimView(article == null ? null : c.articleId,
                article == null ? null : (String) article[0],
                article == null ? null : (java.time.Instant) article[1],
                c.text, c.start, c.end, c.type, c.hedged, c.hedgeCue, c.attributedTo,
                c.attributedStart == null ? null : new Span(c.attributedStart, c.attributedEnd), List.copyOf(c.entities),
                c.checkworthiness);
    }

    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
