package io.newslens.summary.analysis.stance;

import java.util.List;
import java.util.Locale;

/** FNC-1 scoring: the challenge score, relative score, per-class and macro F1 over the four labels. */
final class Fnc1Score {

    public static final List<String> LABELS = List.of("agree", "disagree", "discuss", "unrelated");

    private final long[][] confusion = new long[4][4]; // [gold][predicted]
    private double score;
    private double best;

    public void add(String gold, String predicted) {
        int g = LABELS.indexOf(gold);
        int p = LABELS.indexOf(predicted);
        if (g < 0 || p < 0) throw new IllegalArgumentException("unknown label " + gold + "/" + predicted);
        confusion[g][p]++;
        boolean goldRelated = g != 3;
        boolean predRelated = p != 3;
        best += goldRelated ? 1.0 : 0.25;
        if (goldRelated == predRelated) score += 0.25;
        if (goldRelated && g == p) score += 0.75;
    }

    public double score() {
        return score;
    }

    public double relative() {
        return best == 0 ? 0 : score / best;
    }

    public double f1(int label) {
        long tp = confusion[label][label];
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < 4; i++) {
            if (i != label) {
                fp += confusion[i][label];
                fn += confusion[label][i];
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public double macroF1() {
        double s = 0;
        for (int i = 0; i < 4; i++) s += f1(i);
        return s / 4;
    }

    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %9s%n", "gold\\pred", "agree", "disagree", "discuss",
                "unrelated"));
        for (int g = 0; g < 4; g++) {
            b.append(String.format(Locale.ROOT, "%-10s %9d %9d %9d %9d%n", LABELS.get(g), confusion[g][0],
                    confusion[g][1], confusion[g][2], confusion[g][3]));
        }
        b.append(String.format(Locale.ROOT, "score %.2f of %.2f, relative %.4f, macro-F1 %.4f (agree %.3f, disagree"
                        + " %.3f, discuss %.3f, unrelated %.3f)%n", score, best, relative(), macroF1(), f1(0), f1(1),
                f1(2), f1(3)));
        return b.toString();
    }
}
