package io.newslens.summary.analysis.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Gradient-boosted regression trees on binned features: logistic loss for two classes, softmax
 * for more. Small, dependency-free and deterministic (a fixed seed drives row and feature
 * sampling). Trees are stored as flat arrays and saved as text.
 */
public final class GradientBoostedTrees {

    /** Training settings. */
    public record Params(int trees, int depth, double learningRate, double lambda, double minHessian,
                         double rowSample, double featureSample, long seed) {
        public static Params defaults() {
            return new Params(250, 5, 0.08, 1.0, 2.0, 0.8, 0.8, 42L);
        }
    }

    private final int classes;      // number of outputs (1 for binary)
    private final List<Tree> trees; // trees.get(i) belongs to output i % classes
    private final double[] base;

    private GradientBoostedTrees(int classes, List<Tree> trees, double[] base) {
        this.classes = classes;
        this.trees = trees;
        this.base = base;
    }

    /** Class probabilities (for binary: {p(0), p(1)}). */
    public double[] predict(double[] x) {
        double[] raw = base.clone();
        for (int i = 0; i < trees.size(); i++) raw[i % classes] += trees.get(i).eval(x);
        if (classes == 1) {
            double p = sigmoid(raw[0]);
            return new double[]{1 - p, p};
        }
        return softmax(raw);
    }

    /**
     * @param y      class index per row (0..k-1)
     * @param weight per-row weight
     * @param k      number of classes (2 = binary logistic)
     */
    public static GradientBoostedTrees train(double[][] x, int[] y, double[] weight, int k, Params params) {
        int n = x.length;
        int f = x[0].length;
        int outputs = k == 2 ? 1 : k;
        Binning binning = Binning.of(x, 64);
        byte[][] bins = binning.apply(x);
        double[] base = new double[outputs];
        double wsum = 0;
        double[] classW = new double[k];
        for (int i = 0; i < n; i++) {
            classW[y[i]] += weight[i];
            wsum += weight[i];
        }
        if (outputs == 1) {
            double p = Math.max(1e-6, Math.min(1 - 1e-6, classW[1] / wsum));
            base[0] = Math.log(p / (1 - p));
        } else {
            for (int c = 0; c < k; c++) base[c] = Math.log(Math.max(1e-6, classW[c] / wsum));
        }
        double[][] raw = new double[n][outputs];
        for (double[] r : raw) System.arraycopy(base, 0, r, 0, outputs);
        Random rnd = new Random(params.seed());
        List<Tree> trees = new ArrayList<>();
        double[] g = new double[n];
        double[] h = new double[n];
        for (int t = 0; t < params.trees(); t++) {
            double[][] prob = new double[n][];
            for (int i = 0; i < n; i++) {
                prob[i] = outputs == 1 ? new double[]{sigmoid(raw[i][0])} : softmax(raw[i]);
            }
            int[] rows = sample(n, params.rowSample(), rnd);
            boolean[] feats = new boolean[f];
            for (int j = 0; j < f; j++) feats[j] = rnd.nextDouble() < params.featureSample();
            for (int c = 0; c < outputs; c++) {
                for (int i = 0; i < n; i++) {
                    double p = prob[i][c];
                    double target = outputs == 1 ? y[i] : (y[i] == c ? 1 : 0);
                    g[i] = (p - target) * weight[i];
                    h[i] = Math.max(p * (1 - p), 1e-6) * weight[i];
                }
                Tree tree = Tree.grow(bins, binning, rows, g, h, feats, params);
                trees.add(tree);
                for (int i = 0; i < n; i++) raw[i][c] += tree.evalBinned(bins[i]);
            }
        }
        return new GradientBoostedTrees(outputs, trees, base);
    }

    private static int[] sample(int n, double rate, Random rnd) {
        int[] tmp = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) if (rnd.nextDouble() < rate) tmp[m++] = i;
        return Arrays.copyOf(tmp, m);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double[] softmax(double[] raw) {
        double max = Double.NEGATIVE_INFINITY;
        for (double r : raw) max = Math.max(max, r);
        double[] p = new double[raw.length];
        double s = 0;
        for (int i = 0; i < raw.length; i++) {
            p[i] = Math.exp(raw[i] - max);
            s += p[i];
        }
        for (int i = 0; i < raw.length; i++) p[i] /= s;
        return p;
    }

    public void write(Writer w) throws IOException {
        w.write("gbt " + classes + " " + trees.size() + "\n");
        StringBuilder b = new StringBuilder("base");
        for (double v : base) b.append(' ').append(v);
        w.write(b.append('\n').toString());
        for (Tree t : trees) t.write(w);
    }

    public static GradientBoostedTrees read(BufferedReader r) throws IOException {
        String[] head = r.readLine().trim().split(" ");
        int classes = Integer.parseInt(head[1]);
        int count = Integer.parseInt(head[2]);
        String[] b = r.readLine().trim().split(" ");
        double[] base = new double[classes];
        for (int i = 0; i < classes; i++) base[i] = Double.parseDouble(b[i + 1]);
        List<Tree> trees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) trees.add(Tree.read(r));
        return new GradientBoostedTrees(classes, trees, base);
    }

    /** Per-feature quantile thresholds; bin b holds values in (thr[b-1], thr[b]]. */
    static final class Binning {
        final double[][] thresholds;

        private Binning(double[][] thresholds) {
            this.thresholds = thresholds;
        }

        static Binning of(double[][] x, int maxBins) {
            int f = x[0].length;
            double[][] thr = new double[f][];
            double[] col = new double[x.length];
            for (int j = 0; j < f; j++) {
                for (int i = 0; i < x.length; i++) col[i] = x[i][j];
                double[] sorted = col.clone();
                Arrays.sort(sorted);
                List<Double> cuts = new ArrayList<>();
                for (int b = 1; b < maxBins; b++) {
                    double v = sorted[(int) ((long) b * (sorted.length - 1) / maxBins)];
                    if (cuts.isEmpty() || v > cuts.get(cuts.size() - 1)) cuts.add(v);
                }
                thr[j] = cuts.stream().mapToDouble(Double::doubleValue).toArray();
            }
            return new Binning(thr);
        }

        byte[][] apply(double[][] x) {
            byte[][] out = new byte[x.length][x[0].length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x[i].length; j++) out[i][j] = (byte) bin(j, x[i][j]);
            }
            return out;
        }

        int bin(int feature, double v) {
            double[] t = thresholds[feature];
            int lo = 0;
            int hi = t.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (v <= t[mid]) hi = mid; else lo = mid + 1;
            }
            return lo;
        }

        int bins(int feature) {
            return thresholds[feature].length + 1;
        }
    }

    /** A regression tree; internal node i tests x[feature[i]] <= threshold[i]. */
    static final class Tree {
        final int[] feature;
        final double[] threshold;
        final int[] binThreshold;
        final int[] left;
        final int[] right;
        final double[] value;

        Tree(int[] feature, double[] threshold, int[] binThreshold, int[] left, int[] right, double[] value) {
            this.feature = feature;
            this.threshold = threshold;
            this.binThreshold = binThreshold;
            this.left = left;
            this.right = right;
            this.value = value;
        }

        double eval(double[] x) {
            int node = 0;
            while (feature[node] >= 0) node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
            return value[node];
        }

        double evalBinned(byte[] b) {
            int node = 0;
            while (feature[node] >= 0) node = (b[feature[node]] & 0xff) <= binThreshold[node] ? left[node] : right[node];
            return value[node];
        }

        static Tree grow(byte[][] bins, Binning binning, int[] rows, double[] g, double[] h, boolean[] feats,
                         Params p) {
            int maxNodes = (1 << (p.depth() + 1)) - 1;
            int[] feature = new int[maxNodes];
            double[] threshold = new double[maxNodes];
            int[] binThr = new int[maxNodes];
            int[] left = new int[maxNodes];
            int[] right = new int[maxNodes];
            double[] value = new double[maxNodes];
            Arrays.fill(feature, -1);
            int[] count = {1};
            split(0, rows, 0, bins, binning, g, h, feats, p, feature, threshold, binThr, left, right, value, count);
            int m = count[0];
            return new Tree(Arrays.copyOf(feature, m), Arrays.copyOf(threshold, m), Arrays.copyOf(binThr, m),
                    Arrays.copyOf(left, m), Arrays.copyOf(right, m), Arrays.copyOf(value, m));
        }

        private static void split(int node, int[] rows, int depth, byte[][] bins, Binning binning, double[] g,
                                  double[] h, boolean[] feats, Params p, int[] feature, double[] threshold,
                                  int[] binThr, int[] left, int[] right, double[] value, int[] count) {
            double G = 0;
            double H = 0;
            for (int r : rows) {
                G += g[r];
                H += h[r];
            }
            value[node] = -G / (H + p.lambda()) * p.learningRate();
            if (depth >= p.depth() || H < 2 * p.minHessian() || rows.length < 4) return;
            double parent = G * G / (H + p.lambda());
            double bestGain = 1e-9;
            int bestF = -1;
            int bestB = -1;
            int nf = feats.length;
            double[] hg = new double[256];
            double[] hh = new double[256];
            for (int j = 0; j < nf; j++) {
                if (!feats[j]) continue;
                int nb = binning.bins(j);
                if (nb < 2) continue;
                Arrays.fill(hg, 0, nb, 0);
                Arrays.fill(hh, 0, nb, 0);
                for (int r : rows) {
                    int b = bins[r][j] & 0xff;
                    hg[b] += g[r];
                    hh[b] += h[r];
                }
                double gl = 0;
                double hl = 0;
                for (int b = 0; b < nb - 1; b++) {
                    gl += hg[b];
                    hl += hh[b];
                    double hr = H - hl;
                    if (hl < p.minHessian() || hr < p.minHessian()) continue;
                    double gr = G - gl;
                    double gain = gl * gl / (hl + p.lambda()) + gr * gr / (hr + p.lambda()) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestF = j;
                        bestB = b;
                    }
                }
            }
            if (bestF < 0) return;
            int nl = 0;
            for (int r : rows) if ((bins[r][bestF] & 0xff) <= bestB) nl++;
            int[] lr = new int[nl];
            int[] rr = new int[rows.length - nl];
            int a = 0;
            int c = 0;
            for (int r : rows) {
                if ((bins[r][bestF] & 0xff) <= bestB) lr[a++] = r; else rr[c++] = r;
            }
            feature[node] = bestF;
            binThr[node] = bestB;
            threshold[node] = binning.thresholds[bestF][bestB];
            left[node] = count[0]++;
            right[node] = count[0]++;
            split(left[node], lr, depth + 1, bins, binning, g, h, feats, p, feature, threshold, binThr, left, right,
                    value, count);
            split(right[node], rr, depth + 1, bins, binning, g, h, feats, p, feature, threshold, binThr, left, right,
                    value, count);
        }

        void write(Writer w) throws IOException {
            StringBuilder b = new StringBuilder("tree ").append(feature.length).append('\n');
            for (int i = 0; i < feature.length; i++) {
                b.append(feature[i]).append(' ').append(threshold[i]).append(' ').append(left[i]).append(' ')
                        .append(right[i]).append(' ').append(value[i]).append('\n');
            }
            w.write(b.toString());
        }

        static Tree read(BufferedReader r) throws IOException {
            int m = Integer.parseInt(r.readLine().trim().split(" ")[1]);
            int[] feature = new int[m];
            double[] threshold = new double[m];
            int[] left = new int[m];
            int[] right = new int[m];
            double[] value = new double[m];
            for (int i = 0; i < m; i++) {
                String[] s = r.readLine().split(" ");
                feature[i] = Integer.parseInt(s[0]);
                threshold[i] = Double.parseDouble(s[1]);
                left[i] = Integer.parseInt(s[2]);
                right[i] = Integer.parseInt(s[3]);
                value[i] = Double.parseDouble(s[4]);
            }
            return new Tree(feature, threshold, new int[m], left, right, value);
        }
    }
}
