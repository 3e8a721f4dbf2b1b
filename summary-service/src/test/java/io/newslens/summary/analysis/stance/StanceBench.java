package io.newslens.summary.analysis.stance;

import io.newslens.summary.analysis.PropositionStance;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command line behind {@code bench/stance}.
 * <pre>
 *   BODIES STANCES OUT                 predict with the shipped model (same path as POST /api/stance)
 *   --train BODIES STANCES MODEL_OUT   train the shipped model on all given pairs
 *   --heldout BODIES STANCES [body|claim]  train on a split of the data and score the held-out part
 * </pre>
 */
public final class StanceBench {

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length >= 4 && args[0].equals("--train")) {
            train(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else if (args.length >= 3 && args[0].equals("--heldout")) {
            String split = args.length > 3 ? args[3] : "all";
            if (split.equals("all")) {
                heldoutByTopic(Path.of(args[1]), Path.of(args[2]));
                heldout(Path.of(args[1]), Path.of(args[2]), "body");
                heldout(Path.of(args[1]), Path.of(args[2]), "claim");
            } else if (split.equals("topic")) {
                heldoutByTopic(Path.of(args[1]), Path.of(args[2]));
            } else {
                heldout(Path.of(args[1]), Path.of(args[2]), split);
            }
        } else if (args.length == 3) {
            predict(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: StanceBench BODIES STANCES OUT | --train BODIES STANCES MODEL | --heldout BODIES STANCES [all|topic|body|claim]");
            System.exit(2);
        }
    }

    static void train(Path bodiesFile, Path stancesFile, Path out) throws IOException {
        Map<String, String> bodies = Fnc1Csv.readBodies(bodiesFile);
        List<Fnc1Csv.Pair> pairs = Fnc1Csv.readStances(stancesFile);
        long t0 = System.nanoTime();
        StanceModel model = StanceTrainer.train(bodies, pairs, StanceTrainer.Settings.defaults());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w);
        }
        System.out.printf("trained on %d pairs / %d bodies in %.1f s -> %s (%d bytes)%n", pairs.size(), bodies.size(),
                (System.nanoTime() - t0) / 1e9, out, Files.size(out));
    }

    static void heldout(Path bodiesFile, Path stancesFile, String split) throws IOException {
        Map<String, String> bodies = Fnc1Csv.readBodies(bodiesFile);
        List<Fnc1Csv.Pair> pairs = Fnc1Csv.readStances(stancesFile);
        List<Fnc1Csv.Pair> train = new ArrayList<>();
        List<Fnc1Csv.Pair> test = new ArrayList<>();
        if (split.equals("claim")) splitByClaimGroup(pairs, train, test); else splitByBody(pairs, train, test);
        Set<String> trainBodies = new HashSet<>();
        for (Fnc1Csv.Pair p : train) trainBodies.add(p.bodyId());
        for (Fnc1Csv.Pair p : test) {
            if (trainBodies.contains(p.bodyId())) throw new IllegalStateException("body in both splits: " + p.bodyId());
        }
        System.out.printf("split by %s: train %d pairs, held-out %d pairs (%d bodies)%n", split, train.size(),
                test.size(), test.stream().map(Fnc1Csv.Pair::bodyId).distinct().count());
        long t0 = System.nanoTime();
        StanceModel model = StanceTrainer.train(bodies, train, StanceTrainer.Settings.defaults());
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        ModelStanceDetector detector = new ModelStanceDetector(model);
        Fnc1Score score = new Fnc1Score();
        long t1 = System.nanoTime();
        for (Fnc1Csv.Pair p : test) score.add(p.stance(), detector.detect(p.headline(), bodies.get(p.bodyId())).label());
        double secs = (System.nanoTime() - t1) / 1e9;
        System.out.print(score.report());
        String tag = "heldout_" + split;
        System.out.printf("figure fnc1_%s_relative_score %.4f%n", tag, score.relative());
        System.out.printf("figure fnc1_%s_macro_f1 %.4f%n", tag, score.macroF1());
        System.out.printf("figure fnc1_%s_f1_agree %.4f%n", tag, score.f1(0));
        System.out.printf("figure fnc1_%s_f1_disagree %.4f%n", tag, score.f1(1));
        System.out.printf("figure fnc1_%s_f1_discuss %.4f%n", tag, score.f1(2));
        System.out.printf("figure fnc1_%s_f1_unrelated %.4f%n", tag, score.f1(3));
        System.out.printf("figure stance_%s_pairs_per_s_per_core %.1f pairs/s%n", tag, test.size() / secs);
    }

    /**
     * The development figure: {@link TopicSplit#FOLDS}-fold cross-validation over topics (whole topics held
     * out, as the competition test holds out its claims), every pair scored once by a model that saw
     * neither its claim nor a closely related one.
     */
    static void heldoutByTopic(Path bodiesFile, Path stancesFile) throws IOException {
        Map<String, String> bodies = Fnc1Csv.readBodies(bodiesFile);
        List<Fnc1Csv.Pair> pairs = Fnc1Csv.readStances(stancesFile);
        TopicSplit split = TopicSplit.of(bodies, pairs, TopicSplit.FOLDS, TopicSplit.LINK);
        System.out.printf("split by topic: %d claim groups joined into %d topics (tf-idf cosine >= %.2f), largest %d pairs;"
                + " %d folds, each trained on the others%n", split.claimGroups, split.topics, TopicSplit.LINK,
                split.largestTopicPairs, split.folds);
        Fnc1Score pooled = new Fnc1Score();
        Fnc1Score majority = new Fnc1Score();
        long pairsScored = 0;
        double secs = 0;
        for (int k = 0; k < split.folds; k++) {
            List<Fnc1Csv.Pair> train = split.select(pairs, k, false);
            List<Fnc1Csv.Pair> test = split.select(pairs, k, true);
            long t0 = System.nanoTime();
            StanceModel model = StanceTrainer.train(bodies, train, StanceTrainer.Settings.defaults());
            double trainSecs = (System.nanoTime() - t0) / 1e9;
            ModelStanceDetector detector = new ModelStanceDetector(model);
            Fnc1Score fold = new Fnc1Score();
            long t1 = System.nanoTime();
            for (Fnc1Csv.Pair p : test) {
                String label = detector.detect(p.headline(), bodies.get(p.bodyId())).label();
                fold.add(p.stance(), label);
                pooled.add(p.stance(), label);
                majority.add(p.stance(), "unrelated");
            }
            secs += (System.nanoTime() - t1) / 1e9;
            pairsScored += test.size();
            System.out.printf("fold %d: train %d pairs, held-out %d pairs (%d bodies), trained in %.1f s: relative %.4f,"
                    + " macro-F1 %.4f (agree %.3f, disagree %.3f)%n", k, train.size(), test.size(),
                    test.stream().map(Fnc1Csv.Pair::bodyId).distinct().count(), trainSecs, fold.relative(),
                    fold.macroF1(), fold.f1(0), fold.f1(1));
        }
        System.out.println("all folds pooled:");
        System.out.print(pooled.report());
        System.out.printf("baseline, always unrelated: relative %.4f, macro-F1 %.4f%n", majority.relative(), majority.macroF1());
        String tag = "heldout_topic";
        System.out.printf("figure fnc1_%s_relative_score %.4f%n", tag, pooled.relative());
        System.out.printf("figure fnc1_%s_macro_f1 %.4f%n", tag, pooled.macroF1());
        for (int i = 0; i < 4; i++) {
            System.out.printf("figure fnc1_%s_f1_%s %.4f%n", tag, Fnc1Score.LABELS.get(i), pooled.f1(i));
        }
        double rate = pairsScored / secs;
        System.out.printf("figure stance_%s_pairs_per_s_per_core %.1f pairs/s%n", tag, rate);
        System.out.printf("goal fnc1_%s_relative_score >= 0.85 %s%n", tag, pooled.relative() >= 0.85 ? "met" : "missed");
        System.out.printf("goal fnc1_%s_macro_f1 >= 0.70 %s%n", tag, pooled.macroF1() >= 0.70 ? "met" : "missed");
        System.out.printf("goal stance_%s_pairs_per_s_per_core >= 50 %s%n", tag, rate >= 50 ? "met" : "missed");
    }

    static void predict(Path bodiesFile, Path stancesFile, Path out) throws IOException {
        Map<String, String> bodies = Fnc1Csv.readBodies(bodiesFile);
        List<Fnc1Csv.Pair> pairs = Fnc1Csv.readStances(stancesFile);
        ModelStanceDetector detector = new ModelStanceDetector();
        // warm-up
        for (int i = 0; i < Math.min(200, pairs.size()); i++) {
            detector.detect(pairs.get(i).headline(), bodies.get(pairs.get(i).bodyId()));
        }
        Fnc1Score score = new Fnc1Score();
        boolean labelled = true;
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = Fnc1Csv.stancePrinter(w)) {
            for (Fnc1Csv.Pair p : pairs) {
                String body = bodies.get(p.bodyId());
                if (body == null) throw new IllegalStateException("no body " + p.bodyId());
                PropositionStance s = detector.detect(p.headline(), body);
                csv.printRecord(p.headline(), p.bodyId(), s.label());
                if (p.stance() == null || p.stance().isEmpty()) labelled = false;
                else score.add(p.stance(), s.label());
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double rate = pairs.size() / secs;
        System.out.printf("%d pairs, %d bodies; predictions in %s; one thread, body processed for every pair%n",
                pairs.size(), bodies.size(), out);
        if (labelled && !pairs.isEmpty()) {
            System.out.println("note: the shipped model was trained on all of FNC-1 train_*; scores on those pairs are"
                    + " not held-out figures (bench/stance --heldout gives those)");
            System.out.print(score.report());
            System.out.printf("figure fnc1_relative_score %.4f%n", score.relative());
            System.out.printf("figure fnc1_score %.2f%n", score.score());
            System.out.printf("figure fnc1_macro_f1 %.4f%n", score.macroF1());
            for (int i = 0; i < 4; i++) {
                System.out.printf("figure fnc1_f1_%s %.4f%n", Fnc1Score.LABELS.get(i), score.f1(i));
            }
        }
        System.out.printf("figure stance_pairs_per_s_per_core %.1f pairs/s%n", rate);
        System.out.printf("goal stance_pairs_per_s_per_core >= 50 %s%n", rate >= 50 ? "met" : "missed");
        List<String> sample = new ArrayList<>(new java.util.TreeMap<>(bodies).values());
        sample = sample.subList(0, Math.min(400, sample.size()));
        double articles = io.newslens.summary.analysis.AnalyseBench.articlesPerSecond(
                new io.newslens.summary.analysis.BuiltinAnalyser(), sample);
        System.out.printf("built-in analyser on %d FNC-1 bodies, one thread%n", sample.size());
        System.out.printf("figure analyse_fnc1_articles_per_s_per_core %.1f articles/s%n", articles);
    }

    static void splitByBody(List<Fnc1Csv.Pair> pairs, List<Fnc1Csv.Pair> train, List<Fnc1Csv.Pair> test) {
        List<String> ids = new ArrayList<>(new TreeSet<>(pairs.stream().map(Fnc1Csv.Pair::bodyId).toList()));
        Collections.shuffle(ids, new Random(2017));
        Set<String> held = new HashSet<>(ids.subList(0, ids.size() / 5));
        for (Fnc1Csv.Pair p : pairs) (held.contains(p.bodyId()) ? test : train).add(p);
    }

    /**
     * Claim groups: connected components of headlines and bodies joined by related pairs. A held-out
     * group's bodies and headlines are both kept out of training.
     */
    static void splitByClaimGroup(List<Fnc1Csv.Pair> pairs, List<Fnc1Csv.Pair> train, List<Fnc1Csv.Pair> test) {
        TopicSplit.UnionFind groups = new TopicSplit.UnionFind();
        for (Fnc1Csv.Pair p : pairs) {
            groups.add("h:" + p.headline());
            groups.add("b:" + p.bodyId());
            if (!"unrelated".equals(p.stance())) groups.union("h:" + p.headline(), "b:" + p.bodyId());
        }
        TreeSet<String> roots = new TreeSet<>();
        for (String k : new ArrayList<>(groups.keys())) roots.add(groups.find(k));
        List<String> list = new ArrayList<>(roots);
        Collections.shuffle(list, new Random(2017));
        Set<String> held = new HashSet<>(list.subList(0, list.size() / 5));
        for (Fnc1Csv.Pair p : pairs) {
            boolean hb = held.contains(groups.find("b:" + p.bodyId()));
            boolean hh = held.contains(groups.find("h:" + p.headline()));
            if (hb) test.add(p);
            else if (!hh) train.add(p);
        }
    }
}
