package io.newslens.ingest.extraction;

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
 * Known countries (with demonyms), organisations (with acronyms), places and a few prominent people,
 * loaded once from {@code extraction/gazetteer.tsv} and indexed by first token for longest-match lookup.
 */
final class Gazetteer {

    record Entry(String canonical, String type, List<String> tokens) {
    }

    private static final Gazetteer INSTANCE = load();

    private final Map<String, List<Entry>> byFirstToken;
    private final Map<String, List<String>> personsByToken;

    private Gazetteer(Map<String, List<Entry>> byFirstToken, Map<String, List<String>> personsByToken) {
        this.byFirstToken = byFirstToken;
        this.personsByToken = personsByToken;
    }

    static Gazetteer get() {
        return INSTANCE;
    }

    /** Entries whose alias starts with this token, longest alias first. */
    List<Entry> startingWith(String token) {
        return byFirstToken.getOrDefault(token, List.of());
    }

    /** Canonical names of listed people having this token as first or last name part. */
    List<String> personsWithNamePart(String token) {
        return personsByToken.getOrDefault(token, List.of());
    }

    private static Gazetteer load() {
        Map<String, List<Entry>> index = new HashMap<>();
        Map<String, List<String>> persons = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/extraction/gazetteer.tsv")) {
            if (in != null) {
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
                        List<String> tokens = EntityRecognizer.tokenTexts(alias);
                        if (!tokens.isEmpty()) {
                            index.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
                                    .add(new Entry(canonical, type, tokens));
                        }
                    }
                    if (type.equals("PERSON")) {
                        List<String> tokens = EntityRecognizer.tokenTexts(canonical);
                        if (tokens.size() > 1) {
                            persons.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(canonical);
                            persons.computeIfAbsent(tokens.get(tokens.size() - 1), k -> new ArrayList<>()).add(canonical);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index.values().forEach(l -> l.sort((a, b) -> b.tokens().size() - a.tokens().size()));
        return new Gazetteer(Map.copyOf(index), Map.copyOf(persons));
    }
}
