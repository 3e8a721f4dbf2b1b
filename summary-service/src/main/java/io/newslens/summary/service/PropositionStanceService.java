package io.newslens.summary.service;

import io.newslens.summary.analysis.PropositionStance;
import io.newslens.summary.analysis.PropositionStanceDetector;
import io.newslens.summary.domain.StanceAnswer;
import io.newslens.summary.domain.TextSpan;
import io.newslens.summary.persistence.ArticleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Stance of an article (stored or given as text) on a proposition, via the analysis package's detector. */
@ApplicationScoped
public class PropositionStanceService {

    /** No detector bean is deployed (yet): the endpoint answers 503. */
    public static class DetectorUnavailableException extends RuntimeException {
        public DetectorUnavailableException(String message) {
            super(message);
        }
    }

    private final Instance<PropositionStanceDetector> detector;

    public PropositionStanceService(Instance<PropositionStanceDetector> detector) {
        this.detector = detector;
    }

    /** @return empty when {@code articleId} names no stored article */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StanceAnswer> forArticle(String claim, String articleId) {
        ArticleEntity article = ArticleEntity.findById(articleId);
        if (article == null) return Optional.empty();
        return Optional.of(answer(claim, article.text, articleId));
    }

    public StanceAnswer forText(String claim, String text) {
        return answer(claim, text, null);
    }

    private StanceAnswer answer(String claim, String body, String articleId) {
        if (!detector.isResolvable()) {
            throw new DetectorUnavailableException(detector.isUnsatisfied()
                    ? "no proposition stance detector is deployed" : "several proposition stance detectors are deployed");
        }
        PropositionStance stance = detector.get().detect(claim, body);
        return new StanceAnswer(stance.label(), stance.confidence(),
                stance.evidence().stream().map(s -> TextSpan.of(body, s)).toList(), articleId);
    }
}
