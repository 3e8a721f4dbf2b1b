package io.newslens.summary.analysis.claims;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Trains the two shipped claim models on ClaimBuster's training debates (L2-regularised logistic regression,
 * liblinear) and writes them where the analyser loads them:
 * {@code java ... ClaimModelTrainer [OUT_DIR]} (default summary-service/src/main/resources/analysis/claims).
 * The regularisation is chosen on the development debates; nothing else is read.
 */
public final class ClaimModelTrainer {

    private static final double[] COSTS = {0.03, 0.1, 0.3, 1.0};
    /** Decision thresholds tried for the opinion model on news sentences (CheckThat! dev_en). */
    private static final double[] THRESHOLDS = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
    private static final int MIN_COUNT = 3;

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        Linear.disableDebugOutput();
        Path out = Path.of(args.length > 0 ? args[0] : "summary-service/src/main/resources/analysis/claims");
        List<ClaimData.DebateSentence> all = ClaimData.claimBuster();
        List<ClaimData.DebateSentence> train = all.stream().filter(s -> !ClaimData.isDevelopmentDebate(s.debate())).toList();
        List<ClaimData.DebateSentence> dev = all.stream().filter(s -> ClaimData.isDevelopmentDebate(s.debate())).toList();
        System.out.printf("ClaimBuster: %d sentences, %d train, %d development%n", all.size(), train.size(), dev.size());
        LinearClassifier opinion = train(train, dev, ClaimData.DebateSentence::opinion);
        // the analyser reads news and opinion pieces, not debates: the opinion threshold is the one that separates the
        // author's view from the rest best on CheckThat!'s English dev file (news sentences labelled subjective or
        // objective; no weights are learned from them). The debates' own best is printed beside it.
        List<ClaimData.NewsSentence> news = ClaimData.subjectivity("dev_en");
        double threshold = 0.5, best = -1;
        for (double t : THRESHOLDS) {
            int tp = 0, fp = 0, fn = 0, tn = 0;
            for (ClaimData.NewsSentence s : news) {
                boolean p = opinion.probability(ClaimFeatures.of(s.text())) >= t;
                if (p && s.subjective()) tp++;
                else if (p) fp++;
                else if (s.subjective()) fn++;
                else tn++;
            }
            double newsF1 = macroF1(tp, fp, fn, tn);
            tp = fp = fn = tn = 0;
            for (ClaimData.DebateSentence s : dev) {
                boolean p = opinion.probability(ClaimFeatures.of(s.text())) >= t;
                if (p && s.opinion()) tp++;
                else if (p) fp++;
                else if (s.opinion()) fn++;
                else tn++;
            }
            double debatesF1 = macroF1(tp, fp, fn, tn);
            double f1 = newsF1;
            System.out.printf("  opinion threshold %.2f: macro-F1 CheckThat! dev_en %.3f (development debates %.3f)%n",
                    t, newsF1, debatesF1);
            if (f1 > best) {
                best = f1;
                threshold = t;
            }
        }
        opinion = new LinearClassifier(opinion.bias(), opinion.weights(), threshold);
        write(opinion, out.resolve("opinion-model.txt"), "P(opinion): ClaimBuster NFS (non-factual sentence) against"
                + " UFS + CFS; threshold chosen on CheckThat! 2024 subjectivity dev_en (news)",
                train.size());
        write(train(train, dev, ClaimData.DebateSentence::checkworthy), out.resolve("checkworthiness-model.txt"),
                "P(check-worthy factual claim): ClaimBuster CFS against NFS + UFS", train.size());
    }

    static LinearClassifier train(List<ClaimData.DebateSentence> train, List<ClaimData.DebateSentence> dev,
                                  Predicate<ClaimData.DebateSentence> label) {
        List<List<String>> trainX = train.stream().map(s -> ClaimFeatures.of(s.text())).toList();
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> x : trainX) for (String f : x) counts.merge(f, 1, Integer::sum);
        Map<String, Integer> index = new TreeMap<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            if (e.getValue() >= MIN_COUNT) index.put(e.getKey(), index.size() + 1);
        }
        Problem problem = problem(trainX, train.stream().map(s -> label.test(s) ? 1.0 : 0.0).toList(), index);
        List<List<String>> devX = dev.stream().map(s -> ClaimFeatures.of(s.text())).toList();
        double bestF1 = -1;
        LinearClassifier best = null;
        double bestC = 0;
        for (double c : COSTS) {
            Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 0.001));
            LinearClassifier classifier = classifier(model, index);
            int tp = 0, fp = 0, fn = 0, tn = 0;
            for (int i = 0; i < dev.size(); i++) {
                boolean p = classifier.probability(devX.get(i)) >= 0.5;
                boolean y = label.test(dev.get(i));
                if (p && y) tp++;
                else if (p) fp++;
                else if (y) fn++;
                else tn++;
            }
            double f1 = macroF1(tp, fp, fn, tn);
            System.out.printf("  C=%.2f: development debates macro-F1 %.3f (accuracy %.3f)%n", c, f1,
                    (tp + tn) / (double) dev.size());
            if (f1 > bestF1) {
                bestF1 = f1;
                best = classifier;
                bestC = c;
            }
        }
        System.out.printf("  chose C=%.2f: %d of %d features with weight%n", bestC, best.size(), index.size());
        return best;
    }

    static double macroF1(int tp, int fp, int fn, int tn) {
        double f1pos = 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
        double f1neg = 2.0 * tn / Math.max(1, 2 * tn + fn + fp);
        return (f1pos + f1neg) / 2;
    }

    private static Problem problem(List<List<String>> xs, List<Double> ys, Map<String, Integer> index) {
        Problem p = new Problem();
        p.l = xs.size();
        p.n = index.size() + 1;
        p.bias = 1;
        p.x = new Feature[xs.size()][];
        p.y = new double[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            List<Integer> ids = new ArrayList<>();
            for (String f : xs.get(i)) {
                Integer id = index.get(f);
                if (id != null) ids.add(id);
            }
            int[] sorted = ids.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
            Feature[] row = new Feature[sorted.length + 1];
            for (int k = 0; k < sorted.length; k++) row[k] = new FeatureNode(sorted[k], 1.0);
            row[sorted.length] = new FeatureNode(index.size() + 1, 1.0); // the bias column
            p.x[i] = row;
            p.y[i] = ys.get(i);
        }
        return p;
    }

    /** liblinear's weights as named features; its first label is the one weights point to. */
    private static LinearClassifier classifier(Model model, Map<String, Integer> index) {
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            double v = sign * w[e.getValue() - 1];
            if (Math.abs(v) >= 1e-4) weights.put(e.getKey(), Math.round(v * 1e5) / 1e5);
        }
        return new LinearClassifier(sign * w[index.size()], weights, 0.5);
    }

    private static void write(LinearClassifier c, Path file, String what, int sentences) throws IOException {
        Files.createDirectories(file.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("# " + what);
            w.println("# logistic regression (liblinear L2R_LR, C chosen on the development debates) over ClaimFeatures,");
            w.printf("# trained by ClaimModelTrainer on %d sentences of ClaimBuster's training debates (CC BY 4.0; see SOURCE.md)%n",
                    sentences);
            w.printf("bias\t%s%n", c.bias());
            if (c.threshold() != 0.5) w.printf("threshold\t%s%n", c.threshold());
            Map<String, Double> sorted = new TreeMap<>(c.weights());
            for (Map.Entry<String, Double> e : sorted.entrySet()) w.printf("%s\t%s%n", e.getKey(), e.getValue());
        }
    }

    static List<String> top(LinearClassifier c, int n) {
        return c.weights().entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(n)
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private ClaimModelTrainer() {
    }

    @SuppressWarnings("unused")
    private static String list(double[] a) {
        return Arrays.toString(a);
    }
}
