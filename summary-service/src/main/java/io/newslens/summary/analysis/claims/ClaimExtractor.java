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
import java.util.regex.Pattern;

/**
 * The claim sentences of an article: declarative sentences that assert something (not questions,
 * headings or fragments), each with its type, hedging, voice, entities and check-worthiness.
 */
public final class ClaimExtractor {

    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(?:percent|per cent|million|billion|thousand|"
            + "hundred|dozens?|half|third|quarter|twice|double|triple)\\b", Pattern.CASE_INSENSITIVE);
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
        List<Claim> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!isClaimSentence(s)) continue;
            out.add(claimOf(s, sentences.subList(Math.max(0, s.index() - 3), s.index()), entities));
        }
        return out;
    }

    public static Claim claimOf(Sentence s, List<Sentence> previous, List<Entity> entities) {
        String type = ClaimTyper.type(s.text());
        HedgeDetector.Cue cue = HedgeDetector.find(s.text());
        String who = AttributionFinder.find(s, previous);
        List<String> involved = entitiesIn(s, entities);
        double worth = checkworthiness(s.text(), type, cue != null, who != null, involved.size());
        return new Claim(s.text(), s.start(), s.end(), type, cue != null, cue == null ? null : cue.text(), who,
                involved, worth);
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

    /**
     * How worth checking a claim is, in [0, 1]: concrete (numbers, named entities), consequential
     * (factual and causal assertions), made in someone's name; hedged claims assert less.
     */
    static double checkworthiness(String text, String type, boolean hedged, boolean attributed, int entities) {
        double w = 0.25;
        if (NUMBER.matcher(text).find()) w += 0.2;
        w += Math.min(0.2, 0.07 * entities);
        w += switch (type) {
            case ClaimTyper.FACTUAL -> 0.2;
            case ClaimTyper.CAUSAL -> 0.2;
            case ClaimTyper.PREDICTIVE -> 0.1;
            case ClaimTyper.EVALUATIVE -> 0.05;
            default -> 0.0;
        };
        if (attributed) w += 0.1;
        if (hedged) w -= 0.1;
        return Math.round(Math.max(0, Math.min(1, w)) * 1000) / 1000.0;
    }
}
