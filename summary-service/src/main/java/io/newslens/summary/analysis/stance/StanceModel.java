package io.newslens.summary.analysis.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The trained stance model: an idf table, a related/unrelated classifier and a classifier of
 * related pairs into agree / disagree / discuss.
 */
public final class StanceModel {

    public static final List<String> RELATED_LABELS = List.of("agree", "disagree", "discuss");
    public static final String RESOURCE = "/analysis/stance-model.txt";

    final IdfTable idf;
    final GradientBoostedTrees related;
    final GradientBoostedTrees stance;
    final double relatedThreshold;
    /**
     * Multipliers of the agree, disagree, discuss probabilities before the most likely is taken: chosen by
     * cross-validation over topics, they trade some discuss for the rarer sides that matter most to users.
     */
    final double[] decisionWeights;

    StanceModel(IdfTable idf, GradientBoostedTrees related, GradientBoostedTrees stance, double relatedThreshold,
                double[] decisionWeights) {
        this.idf = idf;
        this.related = related;
        this.stance = stance;
        this.relatedThreshold = relatedThreshold;
        this.decisionWeights = decisionWeights.clone();
    }

    /** A prediction with the four-label probabilities (agree, disagree, discuss, unrelated). */
    public record Prediction(String label, double confidence, double[] probabilities, int[] evidence,
                             double[] sentenceScores, double[] sentenceCoverage) {
    }

    public Prediction predict(String proposition, BodyProfile body) {
        StanceFeatures.Result r = StanceFeatures.extract(proposition, body, idf);
        double pRelated = related.predict(r.values())[1];
        double[] ps = stance.predict(r.values());
        double[] four = {pRelated * ps[0], pRelated * ps[1], pRelated * ps[2], 1 - pRelated};
        if (pRelated < relatedThreshold) return new Prediction("unrelated", 1 - pRelated, four, new int[0], r.sentenceScores(), r.sentenceCoverage());
        int k = 0;
        for (int i = 1; i < 3; i++) if (ps[i] * decisionWeights[i] > ps[k] * decisionWeights[k]) k = i;
        return new Prediction(RELATED_LABELS.get(k), pRelated * ps[k], four, r.bestSentences(), r.sentenceScores(), r.sentenceCoverage());
    }

    public void write(Writer w) throws IOException {
        w.write("newslens-stance-model 2\n");
        w.write("threshold " + relatedThreshold + "\n");
        w.write("weights " + decisionWeights[0] + " " + decisionWeights[1] + " " + decisionWeights[2] + "\n");
        idf.write(w);
        related.write(w);
        stance.write(w);
    }

    public static StanceModel read(BufferedReader r) throws IOException {
        String magic = r.readLine();
        if (magic == null || !magic.startsWith("newslens-stance-model")) throw new IOException("not a stance model");
        double threshold = Double.parseDouble(r.readLine().trim().split(" ")[1]);
        String[] weights = r.readLine().trim().split(" ");
        if (weights.length != 4 || !weights[0].equals("weights")) throw new IOException("stance model: no decision weights");
        double[] decision = {Double.parseDouble(weights[1]), Double.parseDouble(weights[2]), Double.parseDouble(weights[3])};
        IdfTable idf = IdfTable.read(r);
        GradientBoostedTrees related = GradientBoostedTrees.read(r);
        GradientBoostedTrees stance = GradientBoostedTrees.read(r);
        return new StanceModel(idf, related, stance, threshold, decision);
    }

    public static StanceModel fromResource() {
        try (InputStream in = StanceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing: run bench/stance --train");
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
