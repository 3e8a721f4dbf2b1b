package io.newslens.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Well-known canonical names with their aliases and types (PERSON, ORGANIZATION, COUNTRY, PLACE), from
 * {@code gazetteer.tsv}: how the linker names and types what the recogniser found ("the U.S." is the
 * United States, a country). Not a recogniser: the list is short and is not grown to fit a corpus.
 */
final class Gazetteer {

    record Entry(String canonical, String type, List<String> words) {
    }

    private static final Gazetteer INSTANCE = load();

    private final Map<String, Entry> byAlias;
    private final Map<String, List<Entry>> byFirstWord;
    private final Map<String, List<String>> personsByNamePart;

    private Gazetteer(Map<String, Entry> byAlias, Map<String, List<Entry>> byFirstWord,
                      Map<String, List<String>> personsByNamePart) {
        this.byAlias = byAlias;
        this.byFirstWord = byFirstWord;
        this.personsByNamePart = personsByNamePart;
    }

    static Gazetteer get() {
        return INSTANCE;
    }

    /** The entry one of whose aliases is exactly this name (case-sensitive), or null. */
    Entry lookup(String name) {
        return byAlias.get(name);
    }

    /** Entries whose alias starts with this word, longest alias first. */
    List<Entry> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    /** Listed people having this word as first or last name part ("Xi" -> "Xi Jinping"). */
    List<String> personsWithNamePart(String word) {
        return personsByNamePart.getOrDefault(word, List.of());
    }

    private static Gazetteer load() {
        Map<String, Entry> byAlias = new HashMap<>();
        Map<String, List<Entry>> byFirstWord = new HashMap<>();
        Map<String, List<String>> persons = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                String type = cols[0];
                String canonical = cols[1];
                List<String> aliases = new ArrayList<>();
                aliases.add(canonical);
                if (cols.length > 2 && !cols[2].isBlank()) {
                    aliases.addAll(List.of(cols[2].split("\\|")));
                }
                for (String alias : aliases) {
                    List<String> words = Words.of(alias);
                    if (!words.isEmpty()) {
                        Entry e = new Entry(canonical, type, words);
                        byAlias.putIfAbsent(alias, e);
                        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(e);
                    }
                }
                List<String> words = Words.of(canonical);
                if (type.equals(EntityTypes.PERSON) && words.size() > 1) {
                    persons.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(canonical);
                    persons.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(canonical);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        return new Gazetteer(Map.copyOf(byAlias), Map.copyOf(byFirstWord), Map.copyOf(persons));
    }
}
