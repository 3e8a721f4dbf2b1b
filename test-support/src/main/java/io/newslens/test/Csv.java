package io.newslens.test;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one CSV reader of the tests and benchmarks (Apache Commons CSV, RFC 4180: quoted fields with
 * line breaks and doubled quotes, as the FNC-1 files have them).
 */
public final class Csv {

    private Csv() {
    }

    /** Every row of the file, the header row included. */
    public static List<List<String>> rows(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(in)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** An FNC-1 bodies file ({@code Body ID,articleBody}): body id to text, in file order, blank bodies left out. */
    public static Map<String, String> fnc1Bodies(Path file) {
        List<List<String>> rows = rows(file);
        Map<String, String> bodies = new LinkedHashMap<>();
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.size() >= 2 && !row.get(1).isBlank()) {
                bodies.put(row.get(0), row.get(1));
            }
        }
        return bodies;
    }
}
