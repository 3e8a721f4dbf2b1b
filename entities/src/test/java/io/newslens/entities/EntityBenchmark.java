package io.newslens.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * bench/entities FILE OUT.json (issue 27): tags every document of a CoNLL-2003 file, writes the mentions to
 * OUT.json, prints document-level and mention-level precision/recall/F1 for PER, ORG and LOC (the CRF alone
 * as the baseline, then with document-level consistency), characters/s, and FNC-1 articles per CPU-second
 * on one thread. Output per ../shared/design/BENCHMARKS.md.
 */
public final class EntityBenchmark {

    static final double GOAL_DOC_F1 = 0.93;
    static final double GOAL_FNC_PER_CORE = 10;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path fnc = Path.of(args.length > 2 ? args[2] : "../shared/benchmarks/fnc-1/train_bodies.csv");
        List<ConllDocument> docs = ConllDocument.read(file);
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        System.out.printf(Locale.ROOT, "commit %s, %d cores, max heap %d MB%n", System.getProperty("bench.commit", "?"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "corpus %s: %d documents, %d gold mentions, %d characters%n", file, docs.size(),
                docs.stream().mapToInt(d -> d.gold().size()).sum(), chars);

        long t0 = System.nanoTime();
        EntityRecognizer.preload();
        NerModel.preload().join();
        System.out.printf(Locale.ROOT, "model loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        List<List<Mention>> baseline = tagAll(docs, d -> EntityRecognizer.recognize(d.text(), false));
        List<List<Mention>> found = tagAll(docs, d -> EntityRecognizer.recognize(d.text()));
        write(out, found);

        // speed: warm, then the median of 3 runs over the file, CPU time of this one thread
        double[] cps = new double[3];
        for (int r = 0; r < cps.length; r++) {
            long cpu = cpuNanos();
            tagAll(docs, d -> EntityRecognizer.recognize(d.text()));
            cps[r] = chars / ((cpuNanos() - cpu) / 1e9);
        }
        double charsPerSecond = median(cps);
        List<String> bodies = fncBodies(fnc);
        double articlesPerCore = Double.NaN;
        if (!bodies.isEmpty()) {
            List<String> sample = bodies.subList(0, Math.min(400, bodies.size()));
            sample.forEach(b -> EntityRecognizer.recognize(b));
            double[] aps = new double[3];
            for (int r = 0; r < aps.length; r++) {
                long cpu = cpuNanos();
                sample.forEach(b -> EntityRecognizer.recognize(b));
                aps[r] = sample.size() / ((cpuNanos() - cpu) / 1e9);
            }
            articlesPerCore = median(aps);
            System.out.printf(Locale.ROOT, "FNC-1 %s: first %d of %d bodies, mean %.0f characters%n", fnc, sample.size(),
                    bodies.size(), sample.stream().mapToInt(String::length).average().orElse(0));
        } else {
            System.out.println("FNC-1 bodies not found at " + fnc + ": articles/s not measured");
        }

        EntityScore docBase = score(docs, baseline, true);
        EntityScore mentionBase = score(docs, baseline, false);
        EntityScore doc = score(docs, found, true);
        EntityScore mention = score(docs, found, false);
        System.out.println();
        System.out.println("                      document level (surface, type)     mention level (CoNLL spans)");
        System.out.println("                      P       R       F1                  P       R       F1");
        print("CRF alone (baseline)", docBase, mentionBase, null);
        for (String type : EntityScore.TYPES) {
            print("  " + type, docBase, mentionBase, type);
        }
        print("CRF + consistency", doc, mention, null);
        for (String type : EntityScore.TYPES) {
            print("  " + type, doc, mention, type);
        }
        System.out.println("reference (issue 27): Stanford CoreNLP CRF 3-class, held-back stories, document level F1 0.88");
        System.out.println();

        double docF1 = doc.prf(null)[2];
        figure("doc_f1", doc.prf(null)[2], "");
        for (String type : EntityScore.TYPES) {
            figure("doc_f1_" + type, doc.prf(type)[2], "");
        }
        figure("doc_precision", doc.prf(null)[0], "");
        figure("doc_recall", doc.prf(null)[1], "");
        figure("mention_f1", mention.prf(null)[2], "");
        for (String type : EntityScore.TYPES) {
            figure("mention_f1_" + type, mention.prf(type)[2], "");
        }
        figure("baseline_crf_doc_f1", docBase.prf(null)[2], "");
        figure("baseline_crf_mention_f1", mentionBase.prf(null)[2], "");
        System.out.printf(Locale.ROOT, "figure chars_per_s_per_core %.0f chars/s%n", charsPerSecond);
        System.out.printf(Locale.ROOT, "figure fnc1_articles_per_s_per_core %.1f articles/s%n", articlesPerCore);
        System.out.printf(Locale.ROOT, "goal doc_f1 >= %.2f %s%n", GOAL_DOC_F1, docF1 >= GOAL_DOC_F1 ? "met" : "missed");
        System.out.printf(Locale.ROOT, "goal fnc1_articles_per_s_per_core >= %.0f %s%n", GOAL_FNC_PER_CORE,
                articlesPerCore >= GOAL_FNC_PER_CORE ? "met" : "missed");
    }

    private static List<List<Mention>> tagAll(List<ConllDocument> docs, Function<ConllDocument, List<Mention>> tagger) {
        List<List<Mention>> out = new ArrayList<>(docs.size());
        for (ConllDocument d : docs) {
            List<Mention> found = tagger.apply(d);
            for (Mention m : found) {
                if (!d.text().substring(m.start(), m.end()).equals(m.text())) {
                    throw new IllegalStateException("offsets do not match the mention " + m);
                }
            }
            out.add(found);
        }
        return out;
    }

    private static EntityScore score(List<ConllDocument> docs, List<List<Mention>> found, boolean documentLevel) {
        EntityScore s = new EntityScore(documentLevel);
        for (int i = 0; i < docs.size(); i++) {
            s.add(docs.get(i).gold(), found.get(i));
        }
        return s;
    }

    private static void print(String label, EntityScore doc, EntityScore mention, String type) {
        double[] d = doc.prf(type);
        double[] m = mention.prf(type);
        System.out.printf(Locale.ROOT, "%-22s%.4f  %.4f  %.4f              %.4f  %.4f  %.4f%n", label, d[0], d[1], d[2],
                m[0], m[1], m[2]);
    }

    private static void figure(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "figure %s %.4f%s%n", name, value, unit.isEmpty() ? "" : " " + unit);
    }

    private static void write(Path out, List<List<Mention>> found) throws Exception {
        List<Map<String, Object>> json = new ArrayList<>();
        for (List<Mention> doc : found) {
            List<Map<String, Object>> entities = new ArrayList<>();
            for (Mention m : doc) {
                entities.add(Map.of("text", m.text(), "type", m.type(), "start", m.start(), "end", m.end()));
            }
            json.add(Map.of("entities", entities));
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
    }

    static List<String> fncBodies(Path csv) throws Exception {
        if (!Files.isRegularFile(csv)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(rec.get("articleBody"));
            }
        }
        return out;
    }

    private static long cpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.getCurrentThreadCpuTime();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
