package io.newslens.summary.analysis.stance;

import io.newslens.common.events.Span;
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
        List<Span> evidence = new ArrayList<>();
        for (int i : p.evidence()) {
            Sentence s = profile.sentences.get(i);
            evidence.add(s.span());
        }
        return new PropositionStance(p.label(), p.confidence(), evidence);
    }
}
