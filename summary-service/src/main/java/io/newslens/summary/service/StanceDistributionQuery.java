package io.newslens.summary.service;

import io.newslens.summary.domain.StanceDistribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code GET /api/stances?target=}: how the stored articles stand on one target. */
@ApplicationScoped
public class StanceDistributionQuery {

    static final String UNKNOWN_MONTH = "unknown";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private final EntityManager em;

    public StanceDistributionQuery(EntityManager em) {
        this.em = em;
    }

    /** One stance row per (article, target) as stored. */
    public record Row(String articleId, String label, Instant publishedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StanceDistribution distribution(String target) {
        List<Row> rows = em.createQuery("select s.articleId, s.label, a.publishedAt from StanceEntity s, ArticleEntity a"
                        + " where a.id = s.articleId and lower(s.target) = :target order by s.articleId, s.ordinal", Object[].class)
                .setParameter("target", target.strip().toLowerCase(Locale.ROOT))
                .getResultList().stream()
                .map(r -> new Row((String) r[0], (String) r[1], (Instant) r[2]))
                .toList();
        return aggregate(target.strip(), rows);
    }

    /** An article counts once per target: the first stance stored for it. */
    static StanceDistribution aggregate(String target, List<Row> rows) {
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Long> labels = new TreeMap<>();
        Map<String, Map<String, Long>> months = new TreeMap<>();
        Map<String, Long> monthArticles = new TreeMap<>();
        Map<String, List<String>> byLabel = new TreeMap<>();
        for (Row row : rows) {
            if (!seen.add(row.articleId())) continue;
            labels.merge(row.label(), 1L, Long::sum);
            String month = row.publishedAt() == null ? UNKNOWN_MONTH : MONTH.format(row.publishedAt());
            months.computeIfAbsent(month, m -> new TreeMap<>()).merge(row.label(), 1L, Long::sum);
            monthArticles.merge(month, 1L, Long::sum);
            byLabel.computeIfAbsent(row.label(), l -> new ArrayList<>()).add(row.articleId());
        }
        List<StanceDistribution.MonthBucket> buckets = new ArrayList<>();
        // TreeMap orders "yyyy-MM" chronologically and "unknown" after the digits
        months.forEach((month, counts) -> buckets.add(new StanceDistribution.MonthBucket(month, monthArticles.get(month), counts)));
        return new StanceDistribution(target, seen.size(), labels, buckets, byLabel);
    }
}
