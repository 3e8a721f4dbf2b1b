package io.newslens.entities;

import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the mentions of an article under one canonical name each, keeping every mention's offsets:
 * a listed alias takes the gazetteer's name and type ("the U.S." -> United States, COUNTRY; "SCO" ->
 * Shanghai Cooperation Organization), a surname or first name the person named in full in the article
 * or, failing that, in the gazetteer ("Lavrov" -> Sergei Lavrov, "Xi" -> Xi Jinping), an acronym the
 * article defines ("Full Name (FN)") its full name, and spelling variants ("Sergey"/"Sergei") one name.
 * Listed names the recogniser missed are added.
 */
final class EntityLinker {

    private static final Pattern ACRONYM_DEFINITION = Pattern.compile("\\(([A-Z][A-Za-z.&]{1,9})\\)");

    /** Capitalised words that start a sentence, not a name: "Later Xi said" is Xi. */
    private static final Set<String> LEADING_NOT_NAME = Set.of("the", "The", "Later", "Earlier", "Then", "But", "And",
            "Meanwhile", "However", "Yesterday", "Today", "Also", "So", "When", "While", "After", "Before", "If", "As",
            "Since", "Now", "Still", "Yet", "Thus", "Instead", "Indeed");

    private record Resolved(String name, String type, int start, int end) {
    }

    private EntityLinker() {
    }

    static List<Entity> link(String text, List<Mention> mentions) {
        Gazetteer gaz = Gazetteer.get();
        List<Mention> listed = listedNames(text, gaz);
        List<Mention> all = new ArrayList<>();
        for (Mention m : mentions) {
            if (!insideLongerListedName(m, listed)) {
                all.add(m);
            }
        }
        for (Mention l : listed) {
            if (all.stream().noneMatch(m -> m.start() < l.end() && l.start() < m.end())) {
                all.add(l);
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));

        Map<String, String> acronyms = acronymDefinitions(text, all);
        // people named in full in this article, by first and by last name part
        Map<String, Set<String>> fullNames = new HashMap<>();
        for (Mention m : all) {
            if (m.type().equals(Mention.PER)) {
                String name = bare(m.text());
                Gazetteer.Entry e = gaz.lookup(name);
                String full = e != null && e.type().equals(EntityTypes.PERSON) ? e.canonical() : name;
                List<String> words = parts(full);
                if (words.size() >= 2) {
                    fullNames.computeIfAbsent(words.get(0), k -> new LinkedHashSet<>()).add(full);
                    fullNames.computeIfAbsent(words.get(words.size() - 1), k -> new LinkedHashSet<>()).add(full);
                }
            }
        }

        List<Resolved> resolved = new ArrayList<>();
        for (Mention m : all) {
            String name = bare(m.text());
            if (name.isEmpty()) {
                continue;
            }
            int start = m.start() + m.text().indexOf(name);
            int end = start + name.length();
            Gazetteer.Entry entry = gaz.lookup(name);
            // a MISC mention is linked only as a demonym ("Russian" -> Russia)
            if (entry != null && (!m.type().equals(Mention.MISC) || entry.type().equals(EntityTypes.COUNTRY))) {
                resolved.add(new Resolved(entry.canonical(), entry.type(), start, end));
                continue;
            }
            String type = EntityTypes.of(m.type());
            String canonical = name;
            Set<String> full = parts(name).size() == 1 ? fullNames.get(name) : null;
            if (full != null && full.size() == 1) {
                // "Lavrov" after "Sergei Lavrov" is that person, whatever the tagger made of it
                canonical = full.iterator().next();
                type = EntityTypes.PERSON;
            } else if (type.equals(EntityTypes.PERSON) && full == null && parts(name).size() == 1
                    && gaz.personsWithNamePart(name).size() == 1) {
                canonical = gaz.personsWithNamePart(name).get(0);
            } else if (acronyms.containsKey(name)) {
                canonical = acronyms.get(name);
            }
            resolved.add(new Resolved(canonical, type, start, end));
        }
        return group(text, resolved);
    }

    /**
     * Listed names in the text, longest first. They fill in what the recogniser missed (it misses some, in
     * headlines above all), and a listed name of several words replaces the fragments the recogniser made
     * of it ("Shanghai" + "Organisation" in "Shanghai Co-operation Organisation").
     */
    private static List<Mention> listedNames(String text, Gazetteer gaz) {
        List<Words.Word> words = Words.in(text);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Gazetteer.Entry e : gaz.startingWith(words.get(i).text())) {
                int n = e.words().size();
                if (i + n > words.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < n && match; k++) {
                    match = words.get(i + k).text().equals(e.words().get(k))
                            && (k == 0 || text.substring(words.get(i + k - 1).end(), words.get(i + k).start()).matches("[\\s.\\-'’]{1,3}"));
                }
                if (match) {
                    int start = words.get(i).start();
                    int end = words.get(i + n - 1).end();
                    // keep a trailing full stop of an abbreviation ("U.S.")
                    if (end < text.length() && text.charAt(end) == '.' && gaz.lookup(text.substring(start, end + 1)) != null) {
                        end++;
                    }
                    out.add(new Mention(text.substring(start, end), conllType(e.type()), start, end));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** Name parts as written ("Akufo-Addo" is one). */
    private static List<String> parts(String name) {
        return List.of(name.strip().split("\\s+"));
    }

    private static boolean insideLongerListedName(Mention m, List<Mention> listed) {
        for (Mention l : listed) {
            if (l.start() <= m.start() && m.end() <= l.end() && l.end() - l.start() > m.end() - m.start()
                    && Words.of(l.text()).size() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static String conllType(String type) {
        return switch (type) {
            case EntityTypes.PERSON -> Mention.PER;
            case EntityTypes.ORGANIZATION -> Mention.ORG;
            default -> Mention.LOC;
        };
    }

    /** "Shanghai Cooperation Organization (SCO)": SCO -> the name before the brackets when its initials agree. */
    private static Map<String, String> acronymDefinitions(String text, List<Mention> mentions) {
        Map<Integer, Mention> byEnd = new HashMap<>();
        for (Mention m : mentions) {
            byEnd.put(m.end(), m);
        }
        Map<String, String> out = new HashMap<>();
        Matcher a = ACRONYM_DEFINITION.matcher(text);
        while (a.find()) {
            for (int gap = 1; gap <= 2; gap++) {
                Mention m = byEnd.get(a.start() - gap);
                if (m != null && Words.of(m.text()).size() >= 2 && initialsMatch(m.text(), a.group(1))) {
                    out.put(a.group(1), bare(m.text()));
                }
            }
        }
        return out;
    }

    private static boolean initialsMatch(String name, String acronym) {
        StringBuilder b = new StringBuilder();
        for (String w : Words.of(name)) {
            if (Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString().equalsIgnoreCase(acronym.replaceAll("[^A-Za-z]", ""));
    }

    /** The name without a leading "the" (or a sentence adverb the tagger took in) and a trailing possessive. */
    static String bare(String surface) {
        String s = surface.strip();
        int space = s.indexOf(' ');
        if (space > 0 && LEADING_NOT_NAME.contains(s.substring(0, space))) {
            s = s.substring(space + 1);
        }
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'") || s.endsWith("’")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    /** One entity per canonical name (spelling-tolerant key), most mentioned first. */
    private static List<Entity> group(String text, List<Resolved> resolved) {
        Map<String, String> nameByKey = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> typeVotes = new HashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, List<Span>> spans = new HashMap<>();
        for (Resolved r : resolved) {
            String key = Words.key(r.name());
            if (key.isEmpty()) {
                continue;
            }
            nameByKey.putIfAbsent(key, r.name());
            // a gazetteer type outweighs the recogniser's guesses
            int weight = r.type().equals(EntityTypes.COUNTRY) || r.type().equals(EntityTypes.PLACE) ? 100 : 1;
            typeVotes.computeIfAbsent(key, k -> new HashMap<>()).merge(r.type(), weight, Integer::sum);
            aliases.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(text.substring(r.start(), r.end()));
            spans.computeIfAbsent(key, k -> new ArrayList<>()).add(new Span(r.start(), r.end()));
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, String> e : nameByKey.entrySet()) {
            String name = e.getValue();
            String type = typeVotes.get(e.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Set<String> a = new LinkedHashSet<>(aliases.get(e.getKey()));
            a.remove(name);
            out.add(new Entity(name, type, List.copyOf(a), spans.get(e.getKey())));
        }
        out.sort(Comparator.comparingInt((Entity x) -> -x.mentions().size())
                .thenComparingInt(x -> x.mentions().get(0).start()));
        return out;
    }
}
