package io.newslens.summary.analysis.stance;

import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.Stemmer;
import io.newslens.summary.analysis.text.TextSegmenter;
import io.newslens.summary.analysis.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the stance features need from a body, computed once per body. */
final class BodyProfile {

    final String text;
    final List<Sentence> sentences;
    /** Lower-cased words per sentence. */
    final List<List<String>> sentenceWords = new ArrayList<>();
    /** Stem of each word per sentence, null for stopwords. */
    final List<List<String>> sentenceStems = new ArrayList<>();
    final Map<String, Integer> stemCounts = new HashMap<>();
    final Set<String> bigrams = new HashSet<>();
    final Set<String> leadStems = new HashSet<>();
    final Set<Long> charGrams;
    final int wordCount;
    private double[] normCache;
    private IdfTable normIdf;

    BodyProfile(String text) {
        this.text = text;
        this.sentences = TextSegmenter.sentences(text);
        int words = 0;
        String prev = null;
        for (Sentence s : sentences) {
            List<String> w = Tokenizer.words(s.text());
            List<String> st = new ArrayList<>(w.size());
            for (String x : w) {
                String stem = Tokenizer.STOPWORDS.contains(x) ? null : Stemmer.stem(x);
                st.add(stem);
                if (stem != null) {
                    stemCounts.merge(stem, 1, Integer::sum);
                    if (prev != null) bigrams.add(prev + " " + stem);
                    prev = stem;
                    if (s.index() < 3) leadStems.add(stem);
                }
            }
            sentenceWords.add(w);
            sentenceStems.add(st);
            words += w.size();
        }
        this.wordCount = words;
        this.charGrams = charGrams(text, 20000);
    }

    /** L2 norm of the body's tf-idf vector and of each sentence's, for the given idf table. */
    synchronized double[] norms(IdfTable idf) {
        if (normCache != null && normIdf == idf) return normCache;
        double[] out = new double[sentences.size() + 1];
        double total = 0;
        for (Map.Entry<String, Integer> e : stemCounts.entrySet()) {
            double v = (1 + Math.log(e.getValue())) * idf.idf(e.getKey());
            total += v * v;
        }
        out[0] = Math.sqrt(total);
        for (int i = 0; i < sentences.size(); i++) {
            Map<String, Integer> c = new HashMap<>();
            for (String s : sentenceStems.get(i)) if (s != null) c.merge(s, 1, Integer::sum);
            double t = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double v = (1 + Math.log(e.getValue())) * idf.idf(e.getKey());
                t += v * v;
            }
            out[i + 1] = Math.sqrt(t);
        }
        normCache = out;
        normIdf = idf;
        return out;
    }

    /** Hashed character 5-grams of the lower-cased alphanumeric text (spaces collapsed). */
    static Set<Long> charGrams(String text, int limit) {
        StringBuilder b = new StringBuilder();
        boolean space = true;
        for (int i = 0; i < Math.min(limit, text.length()); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + 5 <= b.length(); i++) {
            long h = 0;
            for (int j = i; j < i + 5; j++) h = h * 131 + b.charAt(j);
            out.add(h);
        }
        return out;
    }
}
