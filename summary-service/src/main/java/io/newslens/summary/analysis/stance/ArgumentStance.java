package io.newslens.summary.analysis.stance;

import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.summary.analysis.claims.ClaimExtractor;
import io.newslens.summary.analysis.claims.ClaimTyper;
import io.newslens.summary.analysis.text.RelatedTerms;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.Tokenizer;

import io.newslens.summary.analysis.summary.Centrality;
import io.newslens.summary.analysis.summary.ThesisSelector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The side an argumentative article takes on a proposition. FNC-1 "discuss" fits news that reports
 * a claim without judging it; an opinion or analysis piece (long, almost no reported speech, mostly
 * judgements and forecasts in the author's voice) argues for or against. Its side is read from the
 * author's own claims closest to the proposition: denied ("not likely", "hard to believe", "lacks",
 * "no", "never", ...) or affirmed.
 */
final class ArgumentStance {

    static final int MIN_CLAIMS = 12;
    static final double MAX_REPORTED_SHARE = 0.12;
    static final double MIN_JUDGEMENT_SHARE = 0.45;
    static final int TOP = 3;
    static final double NAME_WEIGHT = 0.3;
    static final double MIN_THESIS_RELEVANCE = 0.1;
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}\\-]*");

    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:said|says|according to|told|reported|reportedly|claimed|claims|allegedly|alleged|rumou?rs?|rumou?red"
                    + "|sources?|believed to|reports?|purportedly|unconfirmed|spokes(?:man|woman|person)|tweeted|posted"
                    + "|statement|confirmed|denied|video|footage|photos?)\\b", Pattern.CASE_INSENSITIVE);
    /** Negated-looking phrases that do not deny ("cannot be ruled out" affirms a possibility). */
    private static final Pattern NOT_DENIAL = Pattern.compile("(?i)\\b(?:cannot|can't|can not|could not|not) be "
            + "(?:ruled out|excluded|underestimated|ignored|dismissed|overlooked)|\\bnot only\\b|\\bno doubt\\b"
            + "|\\b(?:cannot|can't|not) be \\w+ (?:only|merely|just|simply|solely)\\b|\\bnot least\\b|\\bnothing but\\b|\\bno longer (?:just|merely|only)\\b|\\bnot (?:just|merely)\\b");
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:not|no|never|neither|nor|cannot|can't|won't|"
            + "isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hardly|unlikely|lacks?|lacking|far from|rather than"
            + "|instead of|fails? to|failed to|(?:hard|difficult) to (?:believe|imagine|see)|doubtful|myth|illusion"
            + "|exaggerated|overstated|loose|unwilling|mistrust|distrust)\\b");

    /** A side (+1 agree, -1 disagree) with its strength in [0, 1], and the claims it rests on. */
    record Side(double score, List<Integer> evidence) {
    }

    private ArgumentStance() {
    }

    /** Claims of the body when it reads as an argumentative piece, else null. */
    static List<Claim> argumentativeClaims(List<Sentence> sentences) {
        if (sentences.size() < MIN_CLAIMS) return null;
        int reportedSentences = 0;
        for (Sentence s : sentences) if (REPORTED.matcher(s.text()).find()) reportedSentences++;
        if (reportedSentences > MAX_REPORTED_SHARE * sentences.size() * 1.5) return null; // cheap early exit
        List<Claim> claims = ClaimExtractor.extract(sentences, List.of());
        if (claims.size() < MIN_CLAIMS) return null;
        int reported = 0;
        int judgements = 0;
        for (Claim c : claims) {
            if (REPORTED.matcher(c.text()).find()) reported++;
            if (c.attributedTo() == null && !ClaimTyper.FACTUAL.equals(c.type())) judgements++;
        }
        if (reported > MAX_REPORTED_SHARE * claims.size()) return null;
        if (judgements < MIN_JUDGEMENT_SHARE * claims.size()) return null;
        return claims;
    }

    /**
     * How much each sentence is about the proposition: the share of the proposition's terms (related
     * words count as one) it contains, each term weighted by its rarity among the body's sentences,
     * so that the article's ever-present subject counts less than the proposition's predicate.
     */
    static double[] relevance(String proposition, List<List<String>> sentenceStems) {
        Set<String> prop = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (String st : Tokenizer.contentStems(proposition)) prop.add(RelatedTerms.key(st));
        // names say what the proposition is about; its other words say what it claims
        Matcher m = CAPITALISED.matcher(proposition);
        while (m.find()) {
            if (m.start() == 0) continue;
            for (String st : Tokenizer.contentStems(m.group())) named.add(RelatedTerms.key(st));
        }
        int n = sentenceStems.size();
        List<Set<String>> keys = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (List<String> stems : sentenceStems) {
            Set<String> k = new HashSet<>();
            for (String st : stems) if (st != null) k.add(RelatedTerms.key(st));
            keys.add(k);
            for (String x : k) if (prop.contains(x)) df.merge(x, 1, Integer::sum);
        }
        Map<String, Double> idf = new HashMap<>();
        double total = 0;
        for (String x : prop) {
            double w = (Math.log((n + 1.0) / (df.getOrDefault(x, 0) + 1.0)) + 0.1) * (named.contains(x) ? NAME_WEIGHT : 1);
            idf.put(x, w);
            total += w;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (String x : keys.get(i)) if (prop.contains(x)) s += idf.get(x);
            out[i] = total == 0 ? 0 : s / total;
        }
        return out;
    }

    /**
     * The author's side: each relevant claim in the author's voice votes affirm (+1) or deny (-1),
     * weighted by its relevance and by how thesis-like it is; the few weightiest votes decide.
     *
     * @param relevance per body sentence, from {@link #relevance}
     */
    static Side side(List<Sentence> sentences, List<Claim> claims, double[] relevance) {
        Map<Integer, Claim> bySentence = new HashMap<>();
        int ci = 0;
        for (Sentence s : sentences) {
            while (ci < claims.size() && claims.get(ci).start() < s.start()) ci++;
            if (ci < claims.size() && claims.get(ci).start() == s.start()) bySentence.put(s.index(), claims.get(ci));
        }
        int paragraphs = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
        double[] thesis = ThesisSelector.scores(sentences, bySentence, Centrality.of(sentences), paragraphs);
        Integer[] rank = new Integer[sentences.size()];
        for (int i = 0; i < rank.length; i++) rank[i] = i;
        Arrays.sort(rank, Comparator.comparingDouble((Integer i) -> -thesis[i]).thenComparingInt(i -> i));
        double[] bonus = new double[sentences.size()];
        Arrays.fill(bonus, 1.0);
        for (int r = 0; r < Math.min(5, rank.length); r++) bonus[rank[r]] = r == 0 ? 4.0 : 2.0;

        List<double[]> votes = new ArrayList<>(); // {sentence, weight, polarity}
        double[] thesisVote = null;
        for (Map.Entry<Integer, Claim> e : bySentence.entrySet()) {
            int i = e.getKey();
            Claim c = e.getValue();
            if (c.attributedTo() != null || relevance[i] <= 0) continue;
            double w = relevance[i] * bonus[i] * (c.hedged() ? 0.7 : 1.0)
                    * (ClaimTyper.FACTUAL.equals(c.type()) ? 0.5 : 1.0);
            double[] vote = {i, w, polarity(c.text())};
            if (i == rank[0] && relevance[i] >= MIN_THESIS_RELEVANCE) thesisVote = vote; else votes.add(vote);
        }
        votes.sort(Comparator.comparingDouble((double[] v) -> -v[1]).thenComparingDouble(v -> v[0]));
        List<double[]> top = votes.subList(0, Math.min(TOP, votes.size()));
        List<Integer> evidence = new ArrayList<>();
        if (thesisVote != null) {
            // the thesis states the article's side; the other claims only say how firmly
            evidence.add((int) thesisVote[0]);
            double agree = 0;
            double all = 0;
            for (double[] v : top) {
                all += v[1];
                if (v[2] == thesisVote[2]) agree += v[1];
                evidence.add((int) v[0]);
            }
            double support = all == 0 ? 1 : agree / all;
            return new Side(thesisVote[2] * (0.5 + 0.5 * support), evidence);
        }
        double sum = 0;
        double weight = 0;
        for (double[] v : top) {
            sum += v[1] * v[2];
            weight += v[1];
            evidence.add((int) v[0]);
        }
        return new Side(weight == 0 ? 0 : sum / weight, evidence);
    }

    /** +1 when a claim affirms what it says, -1 when it denies it. */
    static double polarity(String claim) {
        String t = NOT_DENIAL.matcher(claim).replaceAll(" ");
        return DENIAL.matcher(t).find() ? -1 : 1;
    }
}
