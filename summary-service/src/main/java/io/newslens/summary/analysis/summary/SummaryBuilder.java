package io.newslens.summary.analysis.summary;

import io.newslens.common.events.Span;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An extractive summary of 3-5 sentences in article order: the thesis, the lead, then the best of
 * the rest by thesis score and centrality, skipping sentences that repeat chosen ones.
 */
public final class SummaryBuilder {

    private SummaryBuilder() {
    }

    public static int length(int sentences) {
        if (sentences >= 25) return 5;
        if (sentences >= 12) return 4;
        return Math.min(3, sentences);
    }

    public static List<Span> build(List<Sentence> sentences, double[] thesisScores, double[] centrality, int thesis) {
        int n = sentences.size();
        int k = length(n);
        List<Integer> chosen = new ArrayList<>();
        if (thesis >= 0) chosen.add(thesis);
        // the opening sentence (if it is a proper sentence) frames the article
        for (int i = 0; i < n && chosen.size() < k; i++) {
            if (thesisScores[i] > -10) {
                if (!chosen.contains(i)) chosen.add(i);
                break;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -(thesisScores[i] + centrality[i]))
                .thenComparingInt(i -> i));
        for (int i : order) {
            if (chosen.size() >= k) break;
            if (thesisScores[i] <= -10 || chosen.contains(i)) continue;
            if (redundant(sentences.get(i), chosen, sentences)) continue;
            chosen.add(i);
        }
        // short articles: fill up with other sentences (headings, fragments) by centrality
        for (int i : order) {
            if (chosen.size() >= k) break;
            if (!chosen.contains(i)) chosen.add(i);
        }
        chosen.sort(Integer::compare);
        List<Span> out = new ArrayList<>();
        for (int i : chosen) out.add(sentences.get(i).span());
        return out;
    }

    private static boolean redundant(Sentence s, List<Integer> chosen, List<Sentence> sentences) {
        Set<String> a = new HashSet<>(Tokenizer.contentStems(s.text()));
        for (int c : chosen) {
            Set<String> b = new HashSet<>(Tokenizer.contentStems(sentences.get(c).text()));
            int common = 0;
            for (String x : a) if (b.contains(x)) common++;
            if (common > 0.6 * Math.min(a.size(), b.size())) return true;
        }
        return false;
    }
}
