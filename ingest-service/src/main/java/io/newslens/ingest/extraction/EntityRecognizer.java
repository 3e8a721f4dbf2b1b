package io.newslens.ingest.extraction;

import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people, organisations, countries and places in a body with their offsets. Three passes:
 * gazetteer aliases (longest match, case-sensitive); people after title cues ("President",
 * "Foreign Minister", "leader", "scholars such as"); then single-name mentions ("Xi", "Lavrov")
 * linked to the person whose full name the text (or the gazetteer) holds. Person names are compared
 * in a transliteration-tolerant form so "Sergey Lavrov" and "Sergei Lavrov" are one person.
 */
final class EntityRecognizer {

    record Token(String text, int start, int end) {
    }

    private static final Set<String> CUES = Set.of("President", "president", "Minister", "minister", "Chairman",
            "chairman", "Chairwoman", "leader", "Leader", "Premier", "premier", "Chancellor", "chancellor",
            "Secretary", "secretary", "General", "Gen", "King", "Queen", "Prince", "Senator", "Sen", "Rep",
            "Governor", "Gov", "Mayor", "Ambassador", "ambassador", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor",
            "professor", "Pope", "spokesman", "spokeswoman", "spokesperson", "envoy", "Envoy", "Director",
            "director", "CEO", "Judge", "Justice", "Speaker", "scholar", "scholars", "analyst", "analysts",
            "researcher", "expert", "experts", "Commissioner", "commissioner", "dictator", "Chief", "chief");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "bin", "al", "da", "del", "la",
            "le", "di");
    private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "In", "On", "At", "Of", "And", "But",
            "This", "That", "These", "Those", "His", "Her", "Its", "Their", "It", "He", "She", "They", "We", "If",
            "When", "While", "After", "Before", "Since", "As", "For", "Although", "However", "Meanwhile");

    private EntityRecognizer() {
    }

    static List<Entity> recognize(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = tokens(text);
        Map<String, Found> found = new LinkedHashMap<>();
        boolean[] used = new boolean[tokens.size()];
        Gazetteer gaz = Gazetteer.get();

        // 1. gazetteer
        for (int i = 0; i < tokens.size(); i++) {
            for (Gazetteer.Entry e : gaz.startingWith(tokens.get(i).text())) {
                int n = e.tokens().size();
                if (matches(tokens, i, e.tokens())) {
                    add(found, e.canonical(), e.type(), text, tokens, i, i + n);
                    for (int k = i; k < i + n; k++) {
                        used[k] = true;
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        // 2. people after title cues
        List<int[]> single = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!CUES.contains(tokens.get(i).text()) && !isSuchAs(tokens, i)) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && (CUES.contains(tokens.get(j).text()) || isSuchAs(tokens, j - 1))) {
                j++;
            }
            if (j < tokens.size() && isTitleCueContinuation(tokens.get(j).text())) {
                j++;
            }
            int k = j;
            while (k < tokens.size() && k - j < 4 && !used[k] && isNamePart(tokens, k, j)
                    && (k == j || text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).matches("[\\s.\\-‐]{1,3}"))) {
                k++;
            }
            if (k - j >= 2 && !NOT_NAME_START.contains(tokens.get(j).text())) {
                String name = text.substring(tokens.get(j).start(), tokens.get(k - 1).end());
                add(found, canonicalPerson(found, name), "PERSON", text, tokens, j, k);
                for (int m = j; m < k; m++) {
                    used[m] = true;
                }
            } else if (k - j == 1) {
                single.add(new int[] {j});
            }
        }
        // 3. single-name mentions of known people
        Map<String, Set<String>> byPart = new LinkedHashMap<>();
        for (Found f : found.values()) {
            if (f.type.equals("PERSON")) {
                List<String> parts = tokenTexts(f.name);
                if (parts.size() > 1) {
                    byPart.computeIfAbsent(parts.get(0), x -> new LinkedHashSet<>()).add(f.name);
                    byPart.computeIfAbsent(parts.get(parts.size() - 1), x -> new LinkedHashSet<>()).add(f.name);
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) {
                continue;
            }
            String t = tokens.get(i).text();
            if (t.length() < 2 || !Character.isUpperCase(t.charAt(0))) {
                continue;
            }
            Set<String> candidates = byPart.get(t);
            String person = null;
            if (candidates != null && candidates.size() == 1) {
                person = candidates.iterator().next();
            } else if (candidates == null && isCuedSingle(single, i)) {
                List<String> listed = gaz.personsWithNamePart(t);
                if (listed.size() == 1) {
                    person = listed.get(0);
                }
            }
            if (person != null) {
                add(found, person, "PERSON", text, tokens, i, i + 1);
                used[i] = true;
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Found f : found.values()) {
            f.aliases.remove(f.name);
            out.add(new Entity(f.name, f.type, List.copyOf(f.aliases), f.mentions));
        }
        return out;
    }

    private static final class Found {
        final String name;
        final String type;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Span> mentions = new ArrayList<>();

        Found(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }

    private static void add(Map<String, Found> found, String name, String type, String text, List<Token> tokens,
                            int from, int to) {
        Found f = found.computeIfAbsent(key(name), k -> new Found(name, type));
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        f.aliases.add(text.substring(start, end));
        f.mentions.add(new Span(start, end));
    }

    /** A cue-detected name that is a variant of a person already found keeps that person's name. */
    private static String canonicalPerson(Map<String, Found> found, String name) {
        Found f = found.get(key(name));
        return f == null ? name : f.name;
    }

    /** Transliteration-tolerant key: "Sergey Lavrov", "Sergei Lavrov" and "Kim Jong-un"/"Kim Jong Un" agree. */
    static String key(String name) {
        String k = String.join(" ", tokenTexts(name)).toLowerCase(Locale.ROOT);
        return k.replace('y', 'i').replace("ii", "i");
    }

    private static boolean matches(List<Token> tokens, int at, List<String> alias) {
        if (at + alias.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < alias.size(); k++) {
            if (!tokens.get(at + k).text().equals(alias.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSuchAs(List<Token> tokens, int i) {
        // "scholars such as Stephen Aris", "according to Jane Doe"
        return i + 1 < tokens.size() && (tokens.get(i).text().equals("such") && tokens.get(i + 1).text().equals("as")
                || tokens.get(i).text().equals("according") && tokens.get(i + 1).text().equals("to"));
    }

    private static boolean isTitleCueContinuation(String t) {
        return t.equals("as") || t.equals("to");
    }

    private static boolean isNamePart(List<Token> tokens, int k, int first) {
        String t = tokens.get(k).text();
        if (PARTICLES.contains(t) && k > first) {
            return k + 1 < tokens.size() && Character.isUpperCase(tokens.get(k + 1).text().charAt(0));
        }
        if (!Character.isUpperCase(t.charAt(0)) || CUES.contains(t)) {
            return false;
        }
        // a name part is a capitalised word or an initial, not an all-caps acronym of 2+ letters
        return t.length() == 1 || !t.equals(t.toUpperCase(Locale.ROOT));
    }

    private static boolean isCuedSingle(List<int[]> single, int i) {
        for (int[] s : single) {
            if (s[0] == i) {
                return true;
            }
        }
        return false;
    }

    /** Word tokens (letters and digits) with their offsets. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(new Token(text.substring(start, i), start, i));
                start = -1;
            }
        }
        return out;
    }

    static List<String> tokenTexts(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(text)) {
            out.add(t.text());
        }
        return out;
    }
}
