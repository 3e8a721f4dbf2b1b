package io.newslens.bench.relevance;

import io.newslens.test.Csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The queries of an FNC-1 stances file ({@code Headline,Body ID,Stance}): each distinct headline with the bodies
 * related to it (agree, disagree or discuss), and the half of the split it belongs to.
 * <p>
 * The split keeps claim groups whole: FNC-1 writes several headlines about one claim, sharing their bodies, so
 * headlines joined by a related body form a group, and a group falls in the tuning or the check half by the hash of
 * its smallest body id. Tuning on one half and checking the other then checks on claims the tuning never saw.
 */
record Labels(Map<String, Set<String>> related, Map<String, Half> half) {

    enum Half { TUNE, CHECK }

    static final Set<String> RELATED = Set.of("agree", "disagree", "discuss");

    static Labels read(Path stancesCsv) throws IOException {
        List<List<String>> rows = Csv.rows(stancesCsv);
        Map<String, Set<String>> related = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() >= 3 && RELATED.contains(row.get(2).strip().toLowerCase(java.util.Locale.ROOT))) {
                related.computeIfAbsent(row.get(0), h -> new LinkedHashSet<>()).add(row.get(1).strip());
            }
        }
        return new Labels(related, halves(related));
    }

    /** Union-find over headlines and bodies; a group's half from the CRC-32 of its smallest body id. */
    private static Map<String, Half> halves(Map<String, Set<String>> related) {
        Map<String, String> parent = new HashMap<>();
        related.forEach((headline, bodies) -> bodies.forEach(b -> union(parent, "h:" + headline, "b:" + b)));
        Map<String, TreeSet<String>> bodiesOfGroup = new HashMap<>();
        related.forEach((headline, bodies) -> bodiesOfGroup.computeIfAbsent(find(parent, "h:" + headline),
                g -> new TreeSet<>()).addAll(bodies));
        Map<String, Half> half = new HashMap<>();
        related.keySet().forEach(headline -> {
            CRC32 crc = new CRC32();
            crc.update(bodiesOfGroup.get(find(parent, "h:" + headline)).first().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            half.put(headline, crc.getValue() % 2 == 0 ? Half.TUNE : Half.CHECK);
        });
        return half;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    List<String> headlines() {
        return new ArrayList<>(related.keySet());
    }
}
