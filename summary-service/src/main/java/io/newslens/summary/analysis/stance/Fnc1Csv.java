package io.newslens.summary.analysis.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV reading and writing for FNC-1 style files (quoted fields may span lines). */
public final class Fnc1Csv {

    /** One (headline, body) pair; stance is null when the file has no labels. */
    public record Pair(String headline, String bodyId, String stance) {
    }

    private Fnc1Csv() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int n = text.length();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Body ID -> body text from a {@code Body ID,articleBody} file. */
    public static Map<String, String> readBodies(Path file) throws IOException {
        List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
        int id = rows.get(0).indexOf("Body ID");
        int body = rows.get(0).indexOf("articleBody");
        if (id < 0 || body < 0) throw new IOException(file + ": expected columns Body ID,articleBody");
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) out.put(r.get(id).trim(), r.get(body));
        return out;
    }

    /** Pairs from a {@code Headline,Body ID[,Stance]} file. */
    public static List<Pair> readStances(Path file) throws IOException {
        List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
        int h = rows.get(0).indexOf("Headline");
        int id = rows.get(0).indexOf("Body ID");
        int s = rows.get(0).indexOf("Stance");
        if (h < 0 || id < 0) throw new IOException(file + ": expected columns Headline,Body ID[,Stance]");
        List<Pair> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            out.add(new Pair(r.get(h), r.get(id).trim(), s >= 0 && s < r.size() ? r.get(s).trim() : null));
        }
        return out;
    }

    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
