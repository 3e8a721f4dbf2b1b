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
 * <li>CDCP, the Cornell eRulemaking Corpus (Park and Cardie 2018, ODbL 1.0 / DbCL 1.0): argumentative user comments
 * whose elementary units are labelled value, policy (the writer's own judgement) or fact, testimony, reference
 * (evidence: what is or was the case, the writer's own experience, a source). Its {@code train} folder only: a fifth
 * of its comments (by a hash of the id) is the development split, the rest trains; its {@code test} folder is not
 * used.</li>
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

    /** An argumentative unit of a CDCP comment: its text, its span in the comment, and its label. */
    public record ArgumentUnit(String text, int start, int end, String label) {
        /** value and policy are the writer's judgement; fact, testimony and reference are evidence. */
        public boolean opinion() {
            return label.equals("value") || label.equals("policy");
        }
    }

    /** A CDCP comment and its units. */
    public record Comment(String id, String text, List<ArgumentUnit> units) {
    }

    private ClaimData() {
    }

    public static boolean isDevelopmentComment(String id) {
        return Math.floorMod(id.hashCode(), 5) == 0;
    }

    /** CDCP's training folder ({@code cdcp/train}), comments in id order; empty when it was not fetched. */
    public static List<Comment> cdcp() throws IOException {
        Path dir = DIR.resolve("cdcp").resolve("train");
        List<Comment> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".ann.json")).sorted().toList();
        }
        for (Path f : files) {
            String id = f.getFileName().toString().replace(".ann.json", "");
            String text = Files.readString(dir.resolve(id + ".txt"), StandardCharsets.UTF_8);
            com.fasterxml.jackson.databind.JsonNode ann = json.readTree(f.toFile());
            List<ArgumentUnit> units = new ArrayList<>();
            for (int i = 0; i < ann.get("prop_labels").size(); i++) {
                int start = ann.get("prop_offsets").get(i).get(0).asInt();
                int end = Math.min(text.length(), ann.get("prop_offsets").get(i).get(1).asInt());
                if (start >= end) continue;
                units.add(new ArgumentUnit(text.substring(start, end).strip(), start, end,
                        ann.get("prop_labels").get(i).asText()));
            }
            out.add(new Comment(id, text, units));
        }
        return out;
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
