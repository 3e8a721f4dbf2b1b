package io.newslens.summary.analysis.claims;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled sentences the claim models are trained and measured on, read from the raw corpora outside the
 * repository ({@code bench/claims-data} fetches them; default {@code /work/data/claims}, or
 * {@code -Dnewslens.claims.data=DIR}).
 * <ul>
 * <li>ClaimBuster (Arslan et al. 2020, CC BY 4.0): US presidential debate sentences labelled NFS (non-factual),
 * UFS (unimportant factual), CFS (check-worthy factual). Split by debate: a fifth of the debates (by a hash of the
 * file name) is the development split, the rest trains.</li>
 * <li>CheckThat! 2024 subjectivity, English (CC BY-NC-SA 4.0): news sentences labelled SUBJ/OBJ. Its train and
 * dev files are used for measurement only, never for training; its test files are not used.</li>
 * </ul>
 */
public final class ClaimData {

    public static final Path DIR = Path.of(System.getProperty("newslens.claims.data", "/work/data/claims"));

    /** A ClaimBuster sentence: verdict -1 NFS, 0 UFS, 1 CFS. */
    public record DebateSentence(String text, String debate, int verdict) {
        public boolean opinion() {
            return verdict == -1;
        }

        public boolean checkworthy() {
            return verdict == 1;
        }
    }

    /** A news sentence labelled subjective (the author's view) or objective. */
    public record NewsSentence(String text, boolean subjective) {
    }

    private ClaimData() {
    }

    public static boolean available() {
        return Files.isReadable(DIR.resolve("claimbuster-crowdsourced.csv"));
    }

    public static boolean isDevelopmentDebate(String debate) {
        return Math.floorMod(debate.hashCode(), 5) == 0;
    }

    public static List<DebateSentence> claimBuster() throws IOException {
        List<DebateSentence> out = new ArrayList<>();
        for (CSVRecord r : csv(DIR.resolve("claimbuster-crowdsourced.csv"))) {
            out.add(new DebateSentence(r.get("Text"), r.get("File_id"), Integer.parseInt(r.get("Verdict").trim())));
        }
        return out;
    }

    /** FNC-1 bodies by id, in file order. */
    public static Map<String, String> fnc1Bodies(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (CSVRecord r : csv(file)) out.put(r.get("Body ID").trim(), r.get("articleBody"));
        return out;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** The CheckThat! subjectivity sentences of the named files (train_en, dev_en). */
    public static List<NewsSentence> subjectivity(String... names) throws IOException {
        List<NewsSentence> out = new ArrayList<>();
        for (String name : names) {
            List<String> lines = Files.readAllLines(DIR.resolve("subjectivity-" + name + ".tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                if (f.length < 3) continue;
                out.add(new NewsSentence(f[1], f[2].trim().equals("SUBJ")));
            }
        }
        return out;
    }
}
