package io.newslens.summary.analysis.stance;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** FNC-1 style CSV files (RFC 4180: quoted fields may span lines), read with Commons CSV. */
final class Fnc1Csv {

    /** One (headline, body) pair; stance is null when the file has no labels. */
    record Pair(String headline, String bodyId, String stance) {
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();
    private static final CSVFormat OUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private Fnc1Csv() {
    }

    /** Body ID -> body text from a {@code Body ID,articleBody} file. */
    static Map<String, String> readBodies(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (CSVRecord r : records(file, "Body ID", "articleBody")) out.put(r.get("Body ID").trim(), r.get("articleBody"));
        return out;
    }

    /** Pairs from a {@code Headline,Body ID[,Stance]} file. */
    static List<Pair> readStances(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        for (CSVRecord r : records(file, "Headline", "Body ID")) {
            String stance = r.isMapped("Stance") && r.isSet("Stance") ? r.get("Stance").trim() : null;
            out.add(new Pair(r.get("Headline"), r.get("Body ID").trim(), stance));
        }
        return out;
    }

    /** A printer of {@code Headline,Body ID,Stance} rows (header included), fields quoted when they need it. */
    static CSVPrinter stancePrinter(Writer out) throws IOException {
        CSVPrinter p = OUT.print(out);
        p.printRecord("Headline", "Body ID", "Stance");
        return p;
    }

    private static List<CSVRecord> records(Path file, String... columns) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') in.reset();
            List<CSVRecord> records = FORMAT.parse(in).getRecords();
            for (String c : columns) {
                if (!records.isEmpty() && !records.get(0).isMapped(c)) {
                    throw new IOException(file + ": expected columns " + String.join(",", columns));
                }
            }
            return records;
        }
    }
}
