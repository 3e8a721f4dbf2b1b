package io.newslens.summary.analysis.stance;

import io.newslens.summary.analysis.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Trains a {@link StanceModel} from FNC-1 style training pairs. Deterministic: the same data and
 * settings give the same model (fixed sampling seed, features computed independently per pair).
 */
final class StanceTrainer {

    /**
     * classWeights: relative weights of agree, disagree, discuss in training the related-pairs classifier;
     * decisionWeights: multipliers of their probabilities at prediction ({@link StanceModel}). Both chosen by
     * 5-fold cross-validation over topics of the training data ({@link TopicSplit}, docs/stance.md).
     */
    record Settings(GradientBoostedTrees.Params relatedParams, GradientBoostedTrees.Params stanceParams,
                    double[] classWeights, double relatedThreshold, double[] decisionWeights) {
        static Settings defaults() {
            return new Settings(new GradientBoostedTrees.Params(200, 5, 0.1, 1.0, 2.0, 0.8, 0.8, 42L),
                    new GradientBoostedTrees.Params(300, 5, 0.06, 1.0, 2.0, 0.8, 0.8, 43L),
                    new double[]{1.5, 4.0, 1.0}, 0.5, new double[]{1.0, 1.5, 1.0});
        }
    }

    private StanceTrainer() {
    }

    static StanceModel train(Map<String, String> bodies, List<Fnc1Csv.Pair> pairs, Settings settings) {
        List<List<String>> docs = new ArrayList<>();
        LinkedHashSet<String> usedBodies = new LinkedHashSet<>();
        LinkedHashSet<String> headlines = new LinkedHashSet<>();
        for (Fnc1Csv.Pair p : pairs) {
            usedBodies.add(p.bodyId());
            headlines.add(p.headline());
        }
        for (String id : usedBodies) docs.add(Tokenizer.contentStems(bodies.get(id)));
        for (String h : headlines) docs.add(Tokenizer.contentStems(h));
        IdfTable idf = IdfTable.learn(docs);
        Map<String, BodyProfile> profiles = profiles(bodies, usedBodies);
        double[][] x = features(pairs, profiles, idf);

        int n = pairs.size();
        int[] yRel = new int[n];
        double[] w = new double[n];
        List<Integer> relatedRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            yRel[i] = "unrelated".equals(pairs.get(i).stance()) ? 0 : 1;
            w[i] = 1;
            if (yRel[i] == 1) relatedRows.add(i);
        }
        GradientBoostedTrees related = GradientBoostedTrees.train(x, yRel, w, 2, settings.relatedParams());
        double[][] xr = new double[relatedRows.size()][];
        int[] ys = new int[relatedRows.size()];
        double[] ws = new double[relatedRows.size()];
        for (int i = 0; i < xr.length; i++) {
            int row = relatedRows.get(i);
            xr[i] = x[row];
            ys[i] = StanceModel.RELATED_LABELS.indexOf(pairs.get(row).stance());
            ws[i] = settings.classWeights()[ys[i]];
        }
        GradientBoostedTrees stance = GradientBoostedTrees.train(xr, ys, ws, 3, settings.stanceParams());
        return new StanceModel(idf, related, stance, settings.relatedThreshold(), settings.decisionWeights());
    }

    static Map<String, BodyProfile> profiles(Map<String, String> bodies, java.util.Collection<String> ids) {
        List<String> list = new ArrayList<>(ids);
        BodyProfile[] out = new BodyProfile[list.size()];
        IntStream.range(0, list.size()).parallel().forEach(i -> out[i] = new BodyProfile(bodies.get(list.get(i))));
        Map<String, BodyProfile> m = new HashMap<>();
        for (int i = 0; i < out.length; i++) m.put(list.get(i), out[i]);
        return m;
    }

    static double[][] features(List<Fnc1Csv.Pair> pairs, Map<String, BodyProfile> profiles, IdfTable idf) {
        double[][] x = new double[pairs.size()][];
        for (BodyProfile p : profiles.values()) p.norms(idf);
        IntStream.range(0, pairs.size()).parallel().forEach(i -> {
            Fnc1Csv.Pair p = pairs.get(i);
            x[i] = StanceFeatures.extract(p.headline(), profiles.get(p.bodyId()), idf).values();
        });
        return x;
    }
}
