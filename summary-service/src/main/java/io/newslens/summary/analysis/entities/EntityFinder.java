package io.newslens.summary.analysis.entities;

import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;
import io.newslens.summary.analysis.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named entities by capitalisation when ingest supplied none: name sequences split at titles
 * and at "and", acronyms linked to their spelled-out form ("Shanghai Cooperation Organization
 * (SCO)"), and short forms linked to full person names ("Lavrov" -> "Sergei Lavrov").
 */
public final class EntityFinder {

    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String LOCATION = "LOCATION";
    public static final String OTHER = "OTHER";

    private static final Pattern LOWER_WORD = Pattern.compile("\\b[a-z][a-z'\\-]*\\b");
    private static final Pattern ACRONYM_DEFINITION = Pattern.compile("\\(([A-Z][A-Z.]{1,7})\\)");

    private EntityFinder() {
    }

    /** A name occurrence: the name, where it is, and whether a title preceded it. */
    private record Mention(String name, int start, int end, boolean titled) {
    }

    public static List<Entity> find(String text, List<Sentence> sentences) {
        List<Mention> mentions = new ArrayList<>();
        Set<Integer> sentenceStarts = new java.util.HashSet<>();
        for (Sentence s : sentences) sentenceStarts.add(s.start());
        Set<String> lowerWords = new java.util.HashSet<>();
        Matcher w = LOWER_WORD.matcher(text);
        while (w.find()) lowerWords.add(w.group());
        Matcher m = Names.NAME_SEQUENCE.matcher(text);
        while (m.find()) collect(text, lowerWords, m.start(), m.group(), sentenceStarts, mentions);

        // acronym definitions: "Full Name (ACR)"
        Map<String, String> alias = new HashMap<>();
        Map<Integer, Mention> byEnd = new HashMap<>();
        for (Mention x : mentions) byEnd.put(x.end(), x);
        Matcher a = ACRONYM_DEFINITION.matcher(text);
        while (a.find()) {
            String acr = a.group(1);
            for (int gap = 1; gap <= 2; gap++) {
                Mention x = byEnd.get(a.start() - gap);
                if (x != null && Names.WS.split(x.name()).length >= 2 && initialsMatch(x.name(), acr)) {
                    alias.put(acr, x.name());
                }
            }
        }
        // single tokens that are the first or last token of exactly one multi-token person name
        Map<String, Set<String>> byToken = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> titled = new java.util.HashSet<>();
        for (Mention x : mentions) {
            counts.merge(x.name(), 1, Integer::sum);
            if (x.titled()) titled.add(x.name());
        }
        for (String name : counts.keySet()) {
            String[] t = Names.WS.split(name);
            if (t.length >= 2 && (Names.looksLikePerson(name) || titled.contains(name))) {
                byToken.computeIfAbsent(t[0], k -> new LinkedHashSet<>()).add(name);
                byToken.computeIfAbsent(t[t.length - 1], k -> new LinkedHashSet<>()).add(name);
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (String name : counts.keySet()) {
            String c = alias.getOrDefault(name, name);
            Set<String> full = byToken.get(name);
            if (!name.contains(" ") && full != null && full.size() == 1) c = full.iterator().next();
            canonical.put(name, c);
        }
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, Boolean> person = new HashMap<>();
        for (Mention x : mentions) {
            String c = canonical.get(x.name());
            spans.computeIfAbsent(c, k -> new ArrayList<>()).add(new Span(x.start(), x.end()));
            if (!c.equals(x.name())) aliases.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(x.name());
            if (x.titled()) person.put(c, true);
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
            String name = e.getKey();
            out.add(new Entity(name, typeOf(name, person.getOrDefault(name, false)),
                    new ArrayList<>(aliases.getOrDefault(name, Set.of())), e.getValue()));
        }
        out.sort(Comparator.comparingInt((Entity x) -> -x.mentions().size())
                .thenComparingInt(x -> x.mentions().get(0).start()));
        return out;
    }

    static String typeOf(String name, boolean titled) {
        if (Names.isPlace(name)) return LOCATION;
        if (Names.isOrganisation(name)) return ORGANIZATION;
        if (titled || Names.looksLikePerson(name)) return PERSON;
        return OTHER;
    }

    private static boolean initialsMatch(String name, String acr) {
        StringBuilder b = new StringBuilder();
        for (String t : name.split("[\\s\\-]+")) {
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) b.append(t.charAt(0));
        }
        return b.toString().equals(acr.replace(".", ""));
    }

    private static void collect(String text, Set<String> lowerWords, int start, String seq, Set<Integer> sentenceStarts,
                                List<Mention> out) {
        // split at titles ("US President Donald Trump") and at "and" between names
        String[] tokens = seq.split("(?<=\\S)(?=\\s)|(?<=\\s)(?=\\S)");
        List<int[]> parts = new ArrayList<>();
        List<Boolean> titledParts = new ArrayList<>();
        int pos = start;
        int partStart = -1;
        int partEnd = -1;
        boolean afterTitle = false;
        boolean partTitled = false;
        for (String tok : tokens) {
            int tokStart = pos;
            pos += tok.length();
            if (tok.isBlank()) continue;
            String low = tok.toLowerCase(Locale.ROOT);
            boolean isTitle = Names.TITLES.contains(low);
            boolean isAnd = low.equals("and");
            if (isTitle || isAnd || Names.isFunctionWord(tok) && partStart < 0) {
                if (partStart >= 0) {
                    parts.add(new int[]{partStart, partEnd});
                    titledParts.add(partTitled);
                }
                partStart = -1;
                afterTitle = isTitle || afterTitle && !isAnd;
                continue;
            }
            if (partStart < 0) {
                partStart = tokStart;
                partTitled = afterTitle;
                afterTitle = false;
            }
            partEnd = pos;
        }
        if (partStart >= 0) {
            parts.add(new int[]{partStart, partEnd});
            titledParts.add(partTitled);
        }
        for (int i = 0; i < parts.size(); i++) {
            int s = parts.get(i)[0];
            int e = parts.get(i)[1];
            String name = text.substring(s, e);
            String bare = Names.stripPossessive(name);
            e = s + bare.length();
            name = Names.stripLeading(bare);
            if (name.isEmpty()) continue;
            s = e - name.length();
            if (!text.startsWith(name, s)) continue;
            if (name.length() < 2 || Names.isFunctionWord(name)) continue;
            if (!name.contains(" ") && sentenceStarts.contains(s) && !Names.isAcronym(name)
                    && lowerWords.contains(name.toLowerCase(Locale.ROOT))) {
                continue; // a common word capitalised at the start of a sentence
            }
            out.add(new Mention(name, s, e, titledParts.get(i)));
        }
    }
}
