package io.newslens.summary.analysis.claims;

import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.summary.analysis.AnalyseBench;
import io.newslens.summary.analysis.ArticleAnalysis;
import io.newslens.summary.analysis.ArticleInput;
import io.newslens.summary.analysis.BuiltinAnalyser;
import io.newslens.summary.analysis.SeedArticles;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.TextSegmenter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Command line behind {@code bench/claims}: the claim analysis measured on development data (never on the
 * held-back editorials, never on a public test split). See {@link ClaimData} for the corpora and splits.
 */
public final class ClaimsBench {

    private final List<String> figures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (!ClaimData.available()) {
            System.err.println("no claim data in " + ClaimData.DIR + ": run bench/claims-data first");
            System.exit(2);
        }
        new ClaimsBench().run(args.length > 0 ? Path.of(args[0]) : null);
    }

    private void run(Path attributionFile) throws Exception {
        opinionVersusEvidence();
        checkworthiness();
        claimDetection();
        attribution(attributionFile != null ? attributionFile : Path.of(System.getProperty("newslens.claims.labels",
                "summary-service/src/test/resources/claims/attribution-dev.tsv")));
        speed();
        System.out.println();
        figures.forEach(System.out::println);
    }

    private void figure(String name, double value, String unit) {
        figures.add(String.format("figure %s %.3f%s", name, value, unit == null ? "" : " " + unit));
    }

    private void goal(String name, double value, double target) {
        figures.add(String.format("goal %s >= %s %s", name, target, value >= target ? "met" : "missed"));
    }

    /**
     * The writer's judgement against evidence on argumentative units the models never saw, as the held-back editorials
     * are scored: CDCP's development comments (value + policy against fact + testimony + reference) are analysed whole
     * by the built-in analyser, each unit takes the type of the claim that covers it (at least half of its
     * characters), and macro-F1 is over the covered units. Then CheckThat! subjectivity (news sentences, SUBJ = the
     * author's judgement) and ClaimBuster's development debates, sentence by sentence.
     */
    private void opinionVersusEvidence() throws IOException {
        List<ClaimData.Comment> comments = ClaimData.cdcp().stream()
                .filter(c -> ClaimData.isDevelopmentComment(c.id())).toList();
        BuiltinAnalyser analyser = new BuiltinAnalyser();
        Confusion units = new Confusion();
        int all = 0, judgements = 0, judgementsCovered = 0, evidenceCovered = 0, evidence = 0;
        for (ClaimData.Comment c : comments) {
            ArticleAnalysis a = analyser.analyse(new ArticleInput(c.id(), null, c.text(), null, null));
            for (ClaimData.ArgumentUnit u : c.units()) {
                all++;
                if (u.opinion()) judgements++;
                else evidence++;
                Claim claim = coveringClaim(a.claims(), u.start(), u.end());
                if (claim == null) continue;
                if (u.opinion()) judgementsCovered++;
                else evidenceCovered++;
                units.add(!claim.type().equals(ClaimTyper.FACTUAL), u.opinion());
            }
        }
        int covered = units.tp + units.fp + units.fn + units.tn;
        int coveredJudgements = units.tp + units.fn;
        double cdcpMajority = Math.max(coveredJudgements, covered - coveredJudgements) / (double) Math.max(1, covered);
        double cdcpCoverage = judgementsCovered / (double) Math.max(1, judgements);
        System.out.printf("opinion vs evidence on CDCP's %d development comments (%d units: %d the writer's judgement,"
                + " value/policy; %d evidence, fact/testimony/reference), analysed whole, each unit typed by the claim"
                + " covering it: %d units covered (%.3f of the judgements, %.3f of the evidence); accuracy %.3f,"
                + " macro-F1 %.3f (judgement F1 %.3f, evidence F1 %.3f); majority class %.3f accuracy (macro-F1 %.3f)%n",
                comments.size(), all, judgements, evidence, covered, cdcpCoverage,
                evidenceCovered / (double) Math.max(1, evidence), units.accuracy(), units.macroF1(), units.f1(),
                units.negativeF1(), cdcpMajority, Confusion.majorityMacroF1(coveredJudgements, Math.max(1, covered)));
        // the editorials hold more of the author's claims than CDCP (69 % of their units, issue 29): the same units with
        // the classes weighted to that balance
        double wj = ClaimModelTrainer.JUDGEMENT_SHARE * covered / Math.max(1, coveredJudgements);
        double we = (1 - ClaimModelTrainer.JUDGEMENT_SHARE) * covered / Math.max(1, covered - coveredJudgements);
        double balanced = (2 * wj * units.tp / Math.max(1e-9, 2 * wj * units.tp + we * units.fp + wj * units.fn)
                + 2 * we * units.tn / Math.max(1e-9, 2 * we * units.tn + wj * units.fn + we * units.fp)) / 2;
        System.out.printf("  the same units weighted to the editorials' balance (%.0f %% the author's claims): macro-F1 %.3f;"
                + " always answering judgement: macro-F1 %.3f%n", 100 * ClaimModelTrainer.JUDGEMENT_SHARE, balanced,
                ClaimModelTrainer.JUDGEMENT_SHARE / (1 + ClaimModelTrainer.JUDGEMENT_SHARE));
        figure("opinion_evidence_accuracy", units.accuracy(), null);
        figure("opinion_evidence_macro_f1", units.macroF1(), null);
        figure("opinion_evidence_macro_f1_editorial_balance", balanced, null);
        figure("opinion_evidence_majority_accuracy", cdcpMajority, null);
        figure("author_claims_covered", cdcpCoverage, null);
        goal("opinion_evidence_macro_f1_editorial_balance", balanced, 0.80);
        goal("author_claims_covered", cdcpCoverage, 0.85);

        List<ClaimData.NewsSentence> news = ClaimData.subjectivity("train_en", "dev_en");
        Confusion model = new Confusion();
        Confusion cues = new Confusion();
        int subjective = 0;
        for (ClaimData.NewsSentence s : news) {
            String type = typeAlone(s.text());
            model.add(!type.equals(ClaimTyper.FACTUAL), s.subjective());
            cues.add(!ClaimTyper.cueFeatures(s.text()).isEmpty(), s.subjective());
            if (s.subjective()) subjective++;
        }
        double majority = Math.max(subjective, news.size() - subjective) / (double) news.size();
        System.out.printf("opinion vs evidence on %d CheckThat! 2024 subjectivity sentences (English train + dev files,"
                + " news; never trained on), SUBJ = the author's judgement: accuracy %.3f, macro-F1 %.3f; majority"
                + " class %.3f accuracy (macro-F1 %.3f); cue lists alone (any judgement cue = opinion) accuracy %.3f,"
                + " macro-F1 %.3f%n", news.size(), model.accuracy(), model.macroF1(), majority,
                Confusion.majorityMacroF1(subjective, news.size()), cues.accuracy(), cues.macroF1());
        figure("opinion_evidence_checkthat_accuracy", model.accuracy(), null);
        figure("opinion_evidence_checkthat_macro_f1", model.macroF1(), null);
        figure("opinion_evidence_checkthat_majority_accuracy", majority, null);
        figure("opinion_evidence_checkthat_cues_macro_f1", cues.macroF1(), null);

        List<ClaimData.DebateSentence> dev = ClaimData.claimBuster().stream()
                .filter(s -> ClaimData.isDevelopmentDebate(s.debate())).toList();
        Confusion debates = new Confusion();
        int nfs = 0;
        for (ClaimData.DebateSentence s : dev) {
            debates.add(!typeAlone(s.text()).equals(ClaimTyper.FACTUAL), s.opinion());
            if (s.opinion()) nfs++;
        }
        System.out.printf("opinion vs factual on ClaimBuster's %d development-debate sentences (NFS against UFS + CFS):"
                + " accuracy %.3f, macro-F1 %.3f; majority class %.3f%n", dev.size(), debates.accuracy(),
                debates.macroF1(), Math.max(nfs, dev.size() - nfs) / (double) dev.size());
        figure("opinion_factual_claimbuster_dev_macro_f1", debates.macroF1(), null);
    }

    /** Check-worthiness against ClaimBuster's CFS labels on the development debates. */
    private void checkworthiness() throws IOException {
        List<ClaimData.DebateSentence> dev = ClaimData.claimBuster().stream()
                .filter(s -> ClaimData.isDevelopmentDebate(s.debate())).toList();
        double[] score = new double[dev.size()];
        boolean[] label = new boolean[dev.size()];
        Confusion at = new Confusion();
        int positives = 0;
        for (int i = 0; i < dev.size(); i++) {
            score[i] = ClaimModels.checkworthiness().probability(ClaimFeatures.of(dev.get(i).text()));
            label[i] = dev.get(i).checkworthy();
            at.add(score[i] >= 0.5, label[i]);
            if (label[i]) positives++;
        }
        double auc = auc(score, label);
        double ap = averagePrecision(score, label);
        System.out.printf("check-worthiness on ClaimBuster's %d development-debate sentences (CFS = check-worthy, %.1f %%):"
                + " ROC AUC %.3f (chance 0.5), average precision %.3f (chance %.3f); at 0.5: precision %.3f, recall %.3f,"
                + " F1 %.3f%n", dev.size(), 100.0 * positives / dev.size(), auc, ap, positives / (double) dev.size(),
                at.precision(), at.recall(), at.f1());
        figure("checkworthiness_auc", auc, null);
        figure("checkworthiness_average_precision", ap, null);
        figure("checkworthiness_f1", at.f1(), null);
    }

    /**
     * Claim detection on the seed pages (raw page text, body bounds and key claims annotated): a claim outside the
     * article body (navigation, teasers, captions) is a false one; recall is over the annotated key claims. The
     * author's judgements covered: key claims found, and CheckThat! SUBJ sentences taken as claims.
     */
    private void claimDetection() throws IOException {
        int keys = 0, found = 0, typed = 0, inBody = 0, detected = 0;
        BuiltinAnalyser analyser = new BuiltinAnalyser();
        if (SeedArticles.available()) {
            for (SeedArticles.Seed s : SeedArticles.all()) {
                Path pageFile = SeedArticles.CORPUS.resolve("seeds").resolve(s.file());
                String page = Files.readString(pageFile, StandardCharsets.UTF_8);
                int bodyStart = page.indexOf(s.text());
                int bodyEnd = bodyStart + s.text().length();
                ArticleAnalysis a = analyser.analyse(new ArticleInput(s.file(), null, page, null, null));
                for (Claim c : a.claims()) {
                    detected++;
                    if (c.start() >= bodyStart && c.end() <= bodyEnd) inBody++;
                }
                for (SeedArticles.KeyClaim k : s.keyClaims()) {
                    keys++;
                    Claim c = a.claims().stream().filter(x -> x.text().equals(k.text())).findFirst().orElse(null);
                    if (c != null) found++;
                    if (c != null && c.type().equals(k.type()) && c.hedged() == k.hedged()
                            && Objects.equals(c.attributedTo(), k.attributedTo())) typed++;
                }
            }
        }
        double precision = detected == 0 ? 0 : inBody / (double) detected;
        double recall = keys == 0 ? 0 : found / (double) keys;
        System.out.printf("claim detection on the 5 seed pages (raw text with boilerplate): precision %.3f (%d of %d"
                + " claims inside the article body), recall %.3f (%d of %d key claims); key claims with the gold type,"
                + " hedging and attribution: %d%n", precision, inBody, detected, recall, found, keys, typed);
        List<ClaimData.NewsSentence> news = ClaimData.subjectivity("train_en", "dev_en");
        int subj = 0, covered = 0;
        for (ClaimData.NewsSentence n : news) {
            if (!n.subjective()) continue;
            subj++;
            List<Sentence> ss = TextSegmenter.sentences(n.text());
            if (ss.stream().anyMatch(io.newslens.summary.analysis.claims.ClaimExtractor::isClaimSentence)) covered++;
        }
        double coverage = covered / (double) subj;
        System.out.printf("the author's judgements taken as claims: %d of %d CheckThat! SUBJ sentences (%.3f)%n",
                covered, subj, coverage);
        figure("claim_detection_precision_seed_pages", precision, null);
        figure("claim_detection_recall_seed_key_claims", recall, null);
        figure("author_claims_covered_checkthat", coverage, null);
    }

    /**
     * Attribution on hand-labelled FNC-1 training bodies ({@code claims/attribution-dev.tsv}: body id, sentence index,
     * source or empty). A found source is right when it and the label share a word (the label may name the person a
     * found "he" stands for). Testimony attributed: labelled sentences given any source.
     */
    private void attribution(Path labels) throws IOException {
        Path bodiesFile = fnc1().resolve("train_bodies.csv");
        if (!Files.isReadable(labels) || !Files.isReadable(bodiesFile)) {
            System.out.println("attribution: no " + labels + " or " + bodiesFile);
            return;
        }
        java.util.Map<String, String> bodies = ClaimData.fnc1Bodies(bodiesFile);
        java.util.Map<String, List<String>> gold = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            gold.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f.length > 2 ? f[2].trim() : "");
        }
        int tp = 0, fp = 0, fn = 0, attributed = 0, labelled = 0, sentences = 0;
        for (java.util.Map.Entry<String, List<String>> e : gold.entrySet()) {
            List<Sentence> ss = TextSegmenter.sentences(bodies.get(e.getKey()));
            if (ss.size() != e.getValue().size()) {
                System.out.printf("attribution: body %s has %d sentences, %d labelled: the segmenter changed; relabel%n",
                        e.getKey(), ss.size(), e.getValue().size());
                System.exit(1);
            }
            List<Attribution> found = AttributionFinder.attribute(ss);
            for (int i = 0; i < ss.size(); i++) {
                sentences++;
                String g = e.getValue().get(i);
                Attribution a = found.get(i);
                if (!g.isEmpty()) labelled++;
                if (!g.isEmpty() && a != null) attributed++;
                if (a != null && !g.isEmpty() && shareAWord(a.source(), g)) {
                    tp++;
                } else {
                    if (a != null) fp++;
                    if (!g.isEmpty()) fn++;
                }
            }
        }
        Confusion c = new Confusion();
        c.tp = tp;
        c.fp = fp;
        c.fn = fn;
        double testimony = labelled == 0 ? 0 : attributed / (double) labelled;
        System.out.printf("attribution on %d hand-labelled sentences of %d FNC-1 training bodies (%s; %d report someone):"
                + " precision %.3f, recall %.3f (right source); reported sentences given a source: %.3f (optimistic: the"
                + " rules were developed looking at these bodies)%n", sentences, gold.size(), labels.getFileName(),
                labelled, c.precision(), c.recall(), testimony);
        figure("attribution_precision", c.precision(), null);
        figure("attribution_recall", c.recall(), null);
        figure("testimony_attributed", testimony, null);
        goal("testimony_attributed", testimony, 0.75);
    }

    private static Path fnc1() {
        return Path.of(System.getProperty("newslens.fnc1.dir", "../shared/benchmarks/fnc-1"));
    }

    private static boolean shareAWord(String found, String gold) {
        for (String g : gold.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (g.length() < 3 || g.equals("the")) continue;
            for (String f : found.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (f.equals(g)) return true;
        }
        return false;
    }

    /** Articles per second on one thread, the built-in analyser over FNC-1 training bodies. */
    private void speed() throws IOException {
        Path bodies = fnc1().resolve("train_bodies.csv");
        if (!Files.isReadable(bodies)) {
            System.out.println("speed: no " + bodies);
            return;
        }
        List<String> texts = ClaimData.fnc1Bodies(bodies).values().stream().limit(400).toList();
        double rate = AnalyseBench.articlesPerSecond(new BuiltinAnalyser(), texts);
        System.out.printf("speed: %.1f articles/s on one thread (%d FNC-1 training bodies)%n", rate, texts.size());
        figure("articles_per_s_per_core", rate, "articles/s");
        goal("articles_per_s_per_core", rate, 20);
    }

    /** The claim holding at least half of the characters of [start, end), the most of them; null if none does. */
    static Claim coveringClaim(List<Claim> claims, int start, int end) {
        Claim best = null;
        int most = 0;
        for (Claim c : claims) {
            int overlap = Math.min(end, c.end()) - Math.max(start, c.start());
            if (overlap > most) {
                most = overlap;
                best = c;
            }
        }
        return 2 * most >= end - start ? best : null;
    }

    /** The type the analyser gives a sentence on its own (its attribution found within it). */
    static String typeAlone(String text) {
        List<Sentence> ss = TextSegmenter.sentences(text);
        Attribution a = null;
        if (!ss.isEmpty()) {
            List<Attribution> found = AttributionFinder.attribute(ss);
            a = found.stream().filter(Objects::nonNull).findFirst().orElse(null);
        }
        return ClaimTyper.type(text, ClaimModels.opinion().probability(ClaimFeatures.of(text)), a);
    }

    static double auc(double[] score, boolean[] label) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double rankSum = 0;
        long pos = 0;
        for (int r = 0; r < order.length; r++) {
            if (label[order[r]]) {
                rankSum += r + 1;
                pos++;
            }
        }
        long neg = order.length - pos;
        return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }

    static double averagePrecision(double[] score, boolean[] label) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -score[i]));
        double sum = 0;
        int hits = 0;
        for (int r = 0; r < order.length; r++) {
            if (label[order[r]]) {
                hits++;
                sum += hits / (double) (r + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    static final class Confusion {
        int tp, fp, fn, tn;

        void add(boolean predicted, boolean actual) {
            if (predicted && actual) tp++;
            else if (predicted) fp++;
            else if (actual) fn++;
            else tn++;
        }

        double accuracy() {
            return (tp + tn) / (double) Math.max(1, tp + fp + fn + tn);
        }

        double precision() {
            return tp / (double) Math.max(1, tp + fp);
        }

        double recall() {
            return tp / (double) Math.max(1, tp + fn);
        }

        double f1() {
            return 2.0 * tp / Math.max(1, 2 * tp + fp + fn);
        }

        double negativeF1() {
            return 2.0 * tn / Math.max(1, 2 * tn + fn + fp);
        }

        double macroF1() {
            return (f1() + negativeF1()) / 2;
        }

        /** Macro-F1 of always answering the larger class. */
        static double majorityMacroF1(int positives, int n) {
            double share = Math.max(positives, n - positives) / (double) n;
            return (2 * share / (1 + share)) / 2;
        }
    }

    private ClaimsBench() {
    }
}
