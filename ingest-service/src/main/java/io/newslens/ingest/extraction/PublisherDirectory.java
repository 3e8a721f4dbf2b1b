package io.newslens.ingest.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Known publishers and their aliases/domains, loaded once from {@code extraction/publishers.tsv}. */
final class PublisherDirectory {

    private static final Map<String, String> BY_ALIAS = load();

    private PublisherDirectory() {
    }

    /** The canonical name for a name, alias or domain (or a subdomain of a known domain). */
    static Optional<String> canonical(String nameOrDomain) {
        if (nameOrDomain == null) {
            return Optional.empty();
        }
        String key = nameOrDomain.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("www.")) {
            key = key.substring(4);
        }
        String hit = BY_ALIAS.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        for (int dot = key.indexOf('.'); dot > 0 && dot < key.length() - 1; dot = key.indexOf('.', dot + 1)) {
            hit = BY_ALIAS.get(key.substring(dot + 1));
            if (hit != null && key.substring(dot + 1).contains(".")) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = PublisherDirectory.class.getResourceAsStream("/extraction/publishers.tsv")) {
            if (in == null) {
                return map;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String name = cols[0].strip();
                map.put(name.toLowerCase(Locale.ROOT), name);
                if (cols.length > 1) {
                    for (String alias : cols[1].split("\\|")) {
                        map.putIfAbsent(alias.strip().toLowerCase(Locale.ROOT), name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
