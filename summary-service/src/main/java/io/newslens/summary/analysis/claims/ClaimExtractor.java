package io.newslens.summary.analysis.claims;

import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.Tokenizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The claim sentences of an article: declarative sentences that assert something (not questions,
 * headings or fragments), each with its type, hedging, voice (source and span), entities and learned
 * check-worthiness.
 */
public final class ClaimExtractor {

    private static final int MIN_WORDS = 6;

    private ClaimExtractor() {
    }

    public static boolean isClaimSentence(Sentence s) {
        String t = s.text();
        if (t.endsWith("?") || t.endsWith(":")) return false;
        int words = Tokenizer.words(t).size();
        if (words < MIN_WORDS) return false;
        char last = t.charAt(t.length() - 1);
        boolean terminated = last == '.' || last == '!' || last == '"' || last == '\u201d' || last == '\u2019'
                || last == ')' || last == '\'';
        if (!terminated && words < 12) return false; // a heading or caption
        boolean hasLower = false;
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) hasLower = true;
        }
        return hasLower;
    }

    public static List<Claim> extract(List<Sentence> sentences, List<Entity> entities) {
        List<Attribution> attributions = AttributionFinder.attribute(sentences);
        List<Claim> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!isClaimSentence(s)) continue;
            out.add(claimOf(s, attributions.get(s.index()), entities));
        }
        return out;
    }

    public static Claim claimOf(Sentence s, Attribution attribution, List<Entity> entities) {
        HedgeDetector.Cue cue = HedgeDetector.find(s.text());
        List<String> features = ClaimFeatures.of(s.text(), cue != null);
        String type = ClaimTyper.type(s.text(), ClaimModels.opinion().probability(features), attribution);
        double worth = Math.round(ClaimModels.checkworthiness().probability(features) * 1000) / 1000.0;
        return new Claim(s.text(), s.start(), s.end(), type, cue != null, cue == null ? null : cue.text(),
                attribution == null ? null : attribution.source(), entitiesIn(s, entities), worth,
                attribution == null ? null : new Span(attribution.start(), attribution.end()));
    }

    static List<String> entitiesIn(Sentence s, List<Entity> entities) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    out.add(e.name());
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }
}
