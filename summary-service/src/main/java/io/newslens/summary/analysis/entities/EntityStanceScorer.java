package io.newslens.summary.analysis.entities;

import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Stance;
import io.newslens.summary.analysis.text.SentimentLexicon;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The article's stance on each salient entity, from the polarity (shipped lexicon, negation
 * flips) of the sentences that mention it: favourable, unfavourable, neutral, or mixed when both
 * sides carry weight. The score is in [-1, 1]; the evidence is the most polar sentences.
 */
public final class EntityStanceScorer {

    static final int MAX_ENTITIES = 10;
    static final int MIN_MENTIONS = 2;
    static final int MAX_EVIDENCE = 3;

    private EntityStanceScorer() {
    }

    public static List<Stance> score(List<Entity> entities, List<Sentence> sentences) {
        SentimentLexicon lex = SentimentLexicon.get();
        List<Stance> out = new ArrayList<>();
        for (Entity e : entities) {
            if (out.size() >= MAX_ENTITIES) break;
            if (e.mentions().size() < MIN_MENTIONS) continue;
            double pos = 0;
            double neg = 0;
            List<double[]> polar = new ArrayList<>(); // {sentence index, polarity}
            for (Sentence s : sentences) {
                if (!mentions(e, s)) continue;
                SentimentLexicon.Polarity p = lex.polarity(Tokenizer.words(s.text()));
                pos += p.positive();
                neg += p.negative();
                if (p.positive() + p.negative() > 0) polar.add(new double[]{s.index(), p.net(), p.positive() + p.negative()});
            }
            double mass = pos + neg;
            double score = mass == 0 ? 0 : (pos - neg) / (mass + 2);
            String label;
            if (mass < 2) label = "neutral";
            else if (Math.min(pos, neg) >= 0.35 * mass && Math.abs(score) < 0.3) label = "mixed";
            else if (score >= 0.15) label = "favourable";
            else if (score <= -0.15) label = "unfavourable";
            else label = "neutral";
            polar.sort(Comparator.comparingDouble((double[] d) -> -Math.abs(d[1]) - 0.01 * d[2])
                    .thenComparingDouble(d -> d[0]));
            List<Span> evidence = new ArrayList<>();
            for (double[] d : polar) {
                if (evidence.size() >= MAX_EVIDENCE) break;
                boolean agrees = label.equals("mixed") || label.equals("neutral")
                        || (label.equals("favourable") ? d[1] > 0 : d[1] < 0);
                if (agrees && d[1] != 0) evidence.add(sentences.get((int) d[0]).span());
            }
            evidence.sort(Comparator.comparingInt(Span::start));
            out.add(new Stance(e.name(), e.type(), label, Math.round(score * 1000) / 1000.0, evidence));
        }
        return out;
    }

    static boolean mentions(Entity e, Sentence s) {
        for (Span m : e.mentions()) if (m.start() >= s.start() && m.end() <= s.end()) return true;
        return false;
    }
}
