package io.newslens.summary.analysis.stance;

import io.newslens.summary.analysis.text.SentimentLexicon;
import io.newslens.summary.analysis.text.Stemmer;
import io.newslens.summary.analysis.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-made features of a (proposition, body) pair: lexical relatedness (overlaps, tf-idf cosines
 * with the body and its best sentences, character n-grams) and cue counts (refuting, negation,
 * hedging/reporting, confirming, polarity) in the body, in the sentences closest to the
 * proposition and near the words they share.
 */
final class StanceFeatures {

    static final int TOP = 3;
    static final int WINDOW = 6;

    private StanceFeatures() {
    }

    /** Result: the feature vector and the indices of the body sentences closest to the proposition. */
    record Result(double[] values, int[] bestSentences, double[] sentenceScores, double[] sentenceCoverage) {
    }

    static Result extract(String headline, BodyProfile body, IdfTable idf) {
        List<String> hWords = Tokenizer.words(headline);
        List<String> hStems = new ArrayList<>();
        for (String w : hWords) if (!Tokenizer.STOPWORDS.contains(w)) hStems.add(Stemmer.stem(w));
        Set<String> hSet = new HashSet<>(hStems);
        List<Double> f = new ArrayList<>(80);

        // --- relatedness
        int inBody = 0;
        double idfIn = 0;
        double idfAll = 0;
        for (String s : hSet) {
            double w = idf.idf(s);
            idfAll += w;
            if (body.stemCounts.containsKey(s)) {
                inBody++;
                idfIn += w;
            }
        }
        int hn = Math.max(1, hSet.size());
        f.add((double) inBody / hn);
        f.add((double) inBody / (hSet.size() + body.stemCounts.size() - inBody + 1));
        f.add(idfAll == 0 ? 0 : idfIn / idfAll);

        Map<String, Double> hVec = new HashMap<>();
        for (String s : hStems) hVec.merge(s, idf.idf(s), Double::sum);
        double hNorm = 0;
        for (double v : hVec.values()) hNorm += v * v;
        hNorm = Math.sqrt(hNorm);
        double[] norms = body.norms(idf);
        double dot = 0;
        for (Map.Entry<String, Double> e : hVec.entrySet()) {
            Integer c = body.stemCounts.get(e.getKey());
            if (c != null) dot += e.getValue() * (1 + Math.log(c)) * idf.idf(e.getKey());
        }
        f.add(hNorm == 0 || norms[0] == 0 ? 0 : dot / (hNorm * norms[0]));

        int ns = body.sentences.size();
        double[] sentCos = new double[ns];
        double[] sentCover = new double[ns];
        for (int i = 0; i < ns; i++) {
            Map<String, Integer> c = new HashMap<>();
            for (String s : body.sentenceStems.get(i)) if (s != null) c.merge(s, 1, Integer::sum);
            double d = 0;
            int cover = 0;
            for (Map.Entry<String, Double> e : hVec.entrySet()) {
                Integer k = c.get(e.getKey());
                if (k != null) {
                    d += e.getValue() * (1 + Math.log(k)) * idf.idf(e.getKey());
                    cover++;
                }
            }
            sentCos[i] = hNorm == 0 || norms[i + 1] == 0 ? 0 : d / (hNorm * norms[i + 1]);
            sentCover[i] = (double) cover / hn;
        }
        Integer[] order = new Integer[ns];
        for (int i = 0; i < ns; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(sentCos[b], sentCos[a]) != 0
                ? Double.compare(sentCos[b], sentCos[a]) : Integer.compare(a, b));
        int top = Math.min(TOP, ns);
        int[] best = new int[top];
        double topMean = 0;
        for (int i = 0; i < top; i++) {
            best[i] = order[i];
            topMean += sentCos[order[i]];
        }
        f.add(ns == 0 ? 0 : sentCos[order[0]]);
        f.add(top == 0 ? 0 : topMean / top);
        f.add(ns <= 1 ? 0 : (double) order[0] / (ns - 1));
        f.add(ns == 0 ? 0 : sentCover[order[0]]);
        double maxCover = 0;
        int strong = 0;
        for (int i = 0; i < ns; i++) {
            maxCover = Math.max(maxCover, sentCover[i]);
            if (sentCos[i] > 0.25) strong++;
        }
        f.add(maxCover);
        f.add(Math.log1p(strong));
        f.add((double) strong / Math.max(1, ns));
        int lead = 0;
        for (String s : hSet) if (body.leadStems.contains(s)) lead++;
        f.add((double) lead / hn);
        int bi = 0;
        int biAll = 0;
        for (int i = 1; i < hStems.size(); i++) {
            biAll++;
            if (body.bigrams.contains(hStems.get(i - 1) + " " + hStems.get(i))) bi++;
        }
        f.add(biAll == 0 ? 0 : (double) bi / biAll);
        Set<Long> hg = BodyProfile.charGrams(headline, 1000);
        int gi = 0;
        for (Long g : hg) if (body.charGrams.contains(g)) gi++;
        f.add(hg.isEmpty() ? 0 : (double) gi / hg.size());
        f.add((double) hSet.size());
        f.add(Math.log1p(body.wordCount));
        f.add((double) ns);
        double numbers = 0;
        double numbersIn = 0;
        for (String w : hWords) {
            if (Character.isDigit(w.charAt(0))) {
                numbers++;
                if (body.stemCounts.containsKey(Stemmer.stem(w))) numbersIn++;
            }
        }
        f.add(numbers == 0 ? -1 : numbersIn / numbers);

        // --- cues
        Set<String> hw = new HashSet<>(hWords);
        f.add(count(hWords, StanceCues.REFUTE));
        f.add(count(hWords, StanceCues.NEGATION));
        f.add(count(hWords, StanceCues.HEDGE));
        f.add(count(hWords, StanceCues.SUPPORT));
        f.add(headline.contains("?") ? 1.0 : 0.0);
        f.add(headline.indexOf('\'') >= 0 || headline.indexOf('"') >= 0 || headline.indexOf('\u2018') >= 0 ? 1.0 : 0.0);
        for (String w : StanceCues.HEADLINE_REFUTE) f.add(hw.contains(w) ? 1.0 : 0.0);

        SentimentLexicon lex = SentimentLexicon.get();
        SentimentLexicon.Polarity hp = lex.polarity(hWords);
        f.add((double) hp.positive());
        f.add((double) hp.negative());

        List<Set<String>> cueSets = List.of(StanceCues.REFUTE, StanceCues.NEGATION, StanceCues.HEDGE,
                StanceCues.SUPPORT);
        double perWords = Math.max(1, body.wordCount) / 100.0;
        for (Set<String> cues : cueSets) {
            double all = 0;
            for (List<String> sw : body.sentenceWords) all += count(sw, cues);
            f.add(all / perWords);
        }
        // in the best sentences
        int topWords = 0;
        double[] topCounts = new double[cueSets.size()];
        int tpos = 0;
        int tneg = 0;
        for (int b : best) {
            List<String> sw = body.sentenceWords.get(b);
            topWords += sw.size();
            for (int c = 0; c < cueSets.size(); c++) topCounts[c] += count(sw, cueSets.get(c));
            SentimentLexicon.Polarity p = lex.polarity(sw);
            tpos += p.positive();
            tneg += p.negative();
        }
        for (double c : topCounts) f.add(c);
        for (double c : topCounts) f.add(c / Math.max(1, topWords) * 20);
        f.add((double) tpos);
        f.add((double) tneg);
        // the single best sentence
        if (ns > 0) {
            List<String> sw = body.sentenceWords.get(best[0]);
            for (Set<String> cues : cueSets) f.add(count(sw, cues));
        } else {
            for (int c = 0; c < cueSets.size(); c++) f.add(0.0);
        }
        // near shared words: cue words within WINDOW words of a proposition word
        double[] near = new double[cueSets.size()];
        double lead3 = 0;
        for (int i = 0; i < ns; i++) {
            List<String> sw = body.sentenceWords.get(i);
            List<String> st = body.sentenceStems.get(i);
            for (int k = 0; k < sw.size(); k++) {
                String stem = st.get(k);
                if (stem == null || !hSet.contains(stem)) continue;
                for (int j = Math.max(0, k - WINDOW); j < Math.min(sw.size(), k + WINDOW + 1); j++) {
                    String w = sw.get(j);
                    for (int c = 0; c < cueSets.size(); c++) if (cueSets.get(c).contains(w)) near[c]++;
                }
            }
            if (i < 3) lead3 += count(sw, StanceCues.REFUTE);
        }
        for (double c : near) f.add(Math.log1p(c));
        f.add(lead3);
        // refuting words in body as individual indicators (presence anywhere)
        Set<String> bodyWords = new HashSet<>();
        for (List<String> sw : body.sentenceWords) bodyWords.addAll(sw);
        for (String w : List.of("fake", "hoax", "false", "denied", "denies", "debunked", "satire", "satirical",
                "not", "rumor", "rumors", "unconfirmed", "reportedly", "allegedly", "confirmed", "claims")) {
            f.add(bodyWords.contains(w) ? 1.0 : 0.0);
        }

        claimSentenceCues(hWords, hSet, body, idf, sentCover, cueSets, f);

        double[] v = new double[f.size()];
        for (int i = 0; i < v.length; i++) v[i] = f.get(i);
        return new Result(v, best, sentCos, sentCover);
    }

    /**
     * How the body states the claim: among the sentences that restate it (most of its terms), the share
     * that refute, negate, hedge or confirm it; cues near the claim's rarest terms (its key terms,
     * where "denied" or "not" says most); whether the claim's and the restating sentence's negation
     * agree; and the cues of the lead, where news states its own stance.
     */
    private static void claimSentenceCues(List<String> hWords, Set<String> hSet, BodyProfile body, IdfTable idf,
                                          double[] sentCover, List<Set<String>> cueSets, List<Double> f) {
        int ns = body.sentences.size();
        double maxCover = 0;
        for (double c : sentCover) maxCover = Math.max(maxCover, c);
        double restate = Math.max(0.34, maxCover * 0.75);
        int restating = 0;
        double[] share = new double[cueSets.size()];
        int restatingNegated = 0;
        int quoted = 0;
        for (int i = 0; i < ns; i++) {
            if (sentCover[i] < restate) continue;
            restating++;
            List<String> sw = body.sentenceWords.get(i);
            for (int c = 0; c < cueSets.size(); c++) if (count(sw, cueSets.get(c)) > 0) share[c]++;
            if (count(sw, StanceCues.NEGATION) > 0 || count(sw, StanceCues.REFUTE) > 0) restatingNegated++;
            String text = body.sentences.get(i).text();
            if (text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0) quoted++;
        }
        f.add(Math.log1p(restating));
        for (double s : share) f.add(restating == 0 ? -1 : s / restating);
        boolean claimNegated = count(hWords, StanceCues.NEGATION) > 0 || count(hWords, StanceCues.REFUTE) > 0;
        f.add(restating == 0 ? -1 : (claimNegated ? 1.0 : 0.0) + 2.0 * restatingNegated / restating);
        f.add(restating == 0 ? -1 : (double) quoted / restating);

        // the claim's key terms: its three rarest stems
        List<String> key = new ArrayList<>(hSet);
        key.sort((a, b) -> Double.compare(idf.idf(b), idf.idf(a)) != 0 ? Double.compare(idf.idf(b), idf.idf(a))
                : a.compareTo(b));
        Set<String> keySet = new HashSet<>(key.subList(0, Math.min(3, key.size())));
        double[] nearKey = new double[cueSets.size()];
        int keyHits = 0;
        for (int i = 0; i < ns; i++) {
            List<String> sw = body.sentenceWords.get(i);
            List<String> st = body.sentenceStems.get(i);
            for (int k = 0; k < sw.size(); k++) {
                String stem = st.get(k);
                if (stem == null || !keySet.contains(stem)) continue;
                keyHits++;
                for (int j = Math.max(0, k - 4); j < Math.min(sw.size(), k + 5); j++) {
                    for (int c = 0; c < cueSets.size(); c++) if (cueSets.get(c).contains(sw.get(j))) nearKey[c]++;
                }
            }
        }
        for (double c : nearKey) f.add(keyHits == 0 ? -1 : c / keyHits);
        // the lead: the first two sentences
        double[] lead = new double[cueSets.size()];
        for (int i = 0; i < Math.min(2, ns); i++) {
            for (int c = 0; c < cueSets.size(); c++) lead[c] += count(body.sentenceWords.get(i), cueSets.get(c));
        }
        for (double c : lead) f.add(c);
    }

    private static double count(List<String> words, Set<String> cues) {
        int c = 0;
        for (String w : words) if (cues.contains(w)) c++;
        return c;
    }
}
