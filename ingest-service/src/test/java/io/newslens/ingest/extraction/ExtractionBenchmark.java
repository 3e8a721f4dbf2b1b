package io.newslens.ingest.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code bench/extraction DIR OUT.json}: extracts every {@code DIR/html/*.html.gz} and {@code DIR/*.txt},
 * writes the fields to OUT.json, times extraction against jsoup parsing alone (single thread, so
 * per core; warm JVM; median of 3 runs) and scores against {@code DIR/ground-truth.json} if present.
 * With {@code -Dbench.details=FILE} it also writes per-page precision/recall as TSV.
 */
public final class ExtractionBenchmark {

    private record Page(String id, RawPage raw) {
    }

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: bench/extraction DIR OUT.json");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path outFile = Path.of(args[1]);
        List<Page> pages = load(dir);
        if (pages.isEmpty()) {
            System.err.println("no pages under " + dir);
            System.exit(1);
        }
        long bytes = pages.stream().mapToLong(p -> p.raw().content().length()).sum();
        System.out.printf(Locale.ROOT, "corpus %s: %d pages, %.1f MB of decoded text%n", dir, pages.size(),
                bytes / 1e6);
        System.out.printf(Locale.ROOT, "cores %d, max heap %d MB, java %s, commit %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("bench.commit", "unknown"));

        ArticleExtractor extractor = new DefaultArticleExtractor();
        Map<String, ExtractedArticle> results = new TreeMap<>();
        for (Page p : pages) {
            results.put(p.id(), extractor.extract(p.raw()));
        }
        write(outFile, results);
        System.out.println("wrote " + outFile);

        // warm-up, then timed runs, single thread: pages per second per core
        int htmlPages = (int) pages.stream().filter(p -> p.raw().kind() == RawPage.Kind.HTML).count();
        timeExtraction(extractor, pages);
        timeParsing(pages);
        double[] ext = new double[3];
        double[] parse = new double[3];
        for (int i = 0; i < 3; i++) {
            ext[i] = timeExtraction(extractor, pages);
            parse[i] = timeParsing(pages);
        }
        double extSeconds = median(ext);
        double parseSeconds = median(parse);
        double extRate = pages.size() / extSeconds;
        double parseRate = htmlPages / parseSeconds;
        System.out.printf(Locale.ROOT, "extraction: %.3f s per pass (median of 3, 1 thread); jsoup parse only: %.3f s "
                + "for the %d HTML pages%n", extSeconds, parseSeconds, htmlPages);

        ShingleMetric.Summary summary = null;
        Path truthFile = dir.resolve("ground-truth.json");
        if (Files.exists(truthFile)) {
            summary = score(truthFile, results);
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "figure pages %d%n", pages.size());
        System.out.printf(Locale.ROOT, "figure extraction_rate %.1f pages/s/core%n", extRate);
        if (htmlPages > 0) {
            System.out.printf(Locale.ROOT, "figure parse_only_rate %.1f pages/s/core%n", parseRate);
            System.out.printf(Locale.ROOT, "figure extraction_to_parse_speed_ratio %.3f%n", extRate / parseRate);
        }
        if (summary != null) {
            System.out.printf(Locale.ROOT, "figure precision %.4f%n", summary.precision());
            System.out.printf(Locale.ROOT, "figure recall %.4f%n", summary.recall());
            System.out.printf(Locale.ROOT, "figure f1 %.4f%n", summary.f1());
            System.out.printf(Locale.ROOT, "figure accuracy %.4f%n", summary.accuracy());
            System.out.printf(Locale.ROOT, "goal f1 >= 0.97 %s%n", summary.f1() >= 0.97 ? "met" : "missed");
        }
    }

    private static ShingleMetric.Summary score(Path truthFile, Map<String, ExtractedArticle> results)
            throws IOException {
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<ShingleMetric.DocScore> scores = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) truth::fields) {
            ExtractedArticle a = results.get(e.getKey());
            if (a == null) {
                missing++;
            }
            String expected = e.getValue().path("articleBody").asText("");
            ShingleMetric.DocScore s = ShingleMetric.score(a == null ? "" : a.text(), expected);
            scores.add(s);
            rows.add(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%d\t%d\t%d", e.getKey(), s.precision(), s.recall(),
                    s.tp(), s.fp(), s.fn()));
        }
        String details = System.getProperty("bench.details");
        if (details != null) {
            Files.write(Path.of(details), rows, StandardCharsets.UTF_8);
        }
        ShingleMetric.Summary summary = ShingleMetric.summarize(scores);
        System.out.printf(Locale.ROOT, "scored %d pages against %s (%d without an extraction)%n",
                summary.documents(), truthFile, missing);
        return summary;
    }

    private static double timeExtraction(ArticleExtractor extractor, List<Page> pages) {
        long t0 = System.nanoTime();
        long sink = 0;
        for (Page p : pages) {
            sink += extractor.extract(p.raw()).text().length();
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double timeParsing(List<Page> pages) {
        long t0 = System.nanoTime();
        long sink = 0;
        for (Page p : pages) {
            if (p.raw().kind() == RawPage.Kind.HTML) {
                sink += Jsoup.parse(p.raw().content()).childNodeSize();
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static List<Page> load(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        Path html = dir.resolve("html");
        if (Files.isDirectory(html)) {
            try (Stream<Path> s = Files.list(html)) {
                for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".html.gz")).sorted().toList()) {
                    String id = f.getFileName().toString().replaceFirst("\\.html\\.gz$", "");
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                        pages.add(new Page(id, RawPage.html(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
                    }
                }
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                pages.add(new Page(id, RawPage.text(Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        return pages;
    }

    private static void write(Path out, Map<String, ExtractedArticle> results) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        for (Map.Entry<String, ExtractedArticle> e : results.entrySet()) {
            ExtractedArticle a = e.getValue();
            ObjectNode o = root.putObject(e.getKey());
            o.put("articleBody", a.text());
            o.put("title", a.title());
            ArrayNode authors = o.putArray("authors");
            a.authors().forEach(x -> {
                ObjectNode n = authors.addObject();
                n.put("name", x.name());
                if (x.affiliation() != null) {
                    n.put("affiliation", x.affiliation());
                }
            });
            o.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
            o.put("publisher", a.publisher());
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println(mapper.writeValueAsString(root));
        }
    }
}
