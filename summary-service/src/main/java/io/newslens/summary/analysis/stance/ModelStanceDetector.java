package io.newslens.summary.analysis.stance;

import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.summary.analysis.PropositionStance;
import io.newslens.summary.analysis.PropositionStanceDetector;
import io.newslens.summary.analysis.text.Sentence;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposition stance from the trained FNC-1 model ({@value StanceModel#RESOURCE}): agree, disagree,
 * discuss or unrelated, with the body sentences closest to the proposition as evidence.
 */
@ApplicationScoped
public class ModelStanceDetector implements PropositionStanceDetector {

    /** How one-sided the author's relevant claims must be to call an opinion piece agree/disagree. */
    static final double SIDE_THRESHOLD = 0.3;
    /** An agree/disagree call closer than this (in probability) is one the news-trained model is unsure of. */
    static final double CLOSE_CALL = 0.15;

    private volatile StanceModel model;

    public ModelStanceDetector() {
    }

    /** For benchmarks and tests: a detector over a given model. */
    public ModelStanceDetector(StanceModel model) {
        this.model = model;
    }

    private StanceModel model() {
        StanceModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) model = StanceModel.fromResource();
                m = model;
            }
        }
        return m;
    }

    @Override
    public PropositionStance detect(String proposition, String body) {
        if (proposition == null || proposition.isBlank() || body == null || body.isBlank()) {
            return new PropositionStance("unrelated", 1.0, List.of());
        }
        BodyProfile profile = new BodyProfile(body);
        StanceModel.Prediction p = model().predict(proposition, profile);
        String label = p.label();
        double confidence = p.confidence();
        int[] evidenceIdx = p.evidence();
        boolean closeCall = !"unrelated".equals(label)
                && Math.abs(p.probabilities()[0] - p.probabilities()[1]) < CLOSE_CALL;
        if ("discuss".equals(label) || closeCall) {
            // an opinion piece argues a side where news would only report the claim; and where the model,
            // trained on news, hesitates between the sides, the author's own claims say which
            List<Claim> claims = ArgumentStance.argumentativeClaims(profile.sentences);
            if (claims != null) {
                ArgumentStance.Side side = ArgumentStance.side(profile.sentences, claims,
                        ArgumentStance.relevance(proposition, profile.sentenceStems));
                if (Math.abs(side.score()) >= SIDE_THRESHOLD) {
                    label = side.score() > 0 ? "agree" : "disagree";
                    confidence = Math.min(p.confidence(), 0.5 + Math.abs(side.score()) / 2);
                    evidenceIdx = side.evidence().stream().mapToInt(Integer::intValue).toArray();
                }
            }
        }
        List<Span> evidence = new ArrayList<>();
        for (int i : evidenceIdx) {
            Sentence s = profile.sentences.get(i);
            evidence.add(s.span());
        }
        return new PropositionStance(label, confidence, evidence);
    }
}
