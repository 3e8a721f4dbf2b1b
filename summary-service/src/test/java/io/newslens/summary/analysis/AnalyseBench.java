package io.newslens.summary.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newslens.common.events.Span;
import io.newslens.common.events.SummaryComputed.Claim;
import io.newslens.common.events.SummaryComputed.Stance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Command line behind {@code bench/analyse DIR OUT.json}: runs the built-in analyser on every
 * DIR/*.txt (the whole file is the body), writes the analyses with the API's fields and offsets,
 * checks that every offset points at its text and prints articles/s per core.
 */
public final class AnalyseBench {

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length != 2) {
            System.err.println("usage: AnalyseBench DIR OUT.json");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            texts.put(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8));
        }
        BuiltinAnalyser analyser = new BuiltinAnalyser();
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            ArticleAnalysis a = analyser.analyse(new ArticleInput(e.getKey(), null, e.getValue(), null, null));
            errors.addAll(OffsetCheck.problems(e.getValue(), a));
            out.put(e.getKey(), toJson(e.getValue(), a));
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[1]).toFile(), out);
        double rate = articlesPerSecond(analyser, texts.values());
        int claims = 0;
        for (Object v : out.values()) claims += ((List<?>) ((Map<?, ?>) v).get("claims")).size();
        System.out.printf("analyser %s %s on %d articles from %s -> %s (%d claims); one thread%n", analyser.name(),
                analyser.version(), texts.size(), dir, args[1], claims);
        System.out.printf("figure analyse_articles %d%n", texts.size());
        System.out.printf("figure analyse_articles_per_s_per_core %.1f articles/s%n", rate);
        System.out.printf("figure analyse_offset_errors %d%n", errors.size());
        errors.stream().limit(10).forEach(x -> System.out.println("offset error: " + x));
        if (!errors.isEmpty()) System.exit(1);
    }

    /** Median of three timed passes after a warm-up pass, in articles per second on one thread. */
    public static double articlesPerSecond(Analyser analyser, Collection<String> texts) {
        if (texts.isEmpty()) return 0;
        List<String> list = new ArrayList<>(texts);
        long budget = System.nanoTime() + 2_000_000_000L;
        do {
            for (String t : list) analyser.analyse(new ArticleInput("warm-up", null, t, null, null));
        } while (System.nanoTime() < budget && list.size() < 50);
        double[] rates = new double[3];
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            for (String t : list) analyser.analyse(new ArticleInput("bench", null, t, null, null));
            rates[r] = list.size() / ((System.nanoTime() - t0) / 1e9);
        }
        java.util.Arrays.sort(rates);
        return rates[1];
    }

    static Map<String, Object> toJson(String text, ArticleAnalysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (a.thesis() == null) {
            m.put("thesis", null);
        } else {
            m.put("thesis", Map.of("text", a.thesis().text(), "start", a.thesis().start(), "end", a.thesis().end()));
        }
        m.put("summary", spans(text, a.summary()));
        List<Object> claims = new ArrayList<>();
        for (Claim c : a.claims()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", c.text());
            x.put("start", c.start());
            x.put("end", c.end());
            x.put("type", c.type());
            x.put("hedged", c.hedged());
            x.put("hedgeCue", c.hedgeCue());
            x.put("attributedTo", c.attributedTo());
            if (c.attributedToSpan() != null) {
                Span source = c.attributedToSpan();
                x.put("attributedToSpan", Map.of("start", source.start(), "end", source.end(),
                        "text", text.substring(source.start(), source.end())));
            }
            x.put("entities", c.entities());
            x.put("checkworthiness", c.checkworthiness());
            claims.add(x);
        }
        m.put("claims", claims);
        List<Object> stances = new ArrayList<>();
        for (Stance s : a.stances()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("target", s.target());
            x.put("targetType", s.targetType());
            x.put("label", s.label());
            x.put("score", s.score());
            x.put("evidence", spans(text, s.evidence()));
            stances.add(x);
        }
        m.put("stances", stances);
        return m;
    }

    private static List<Object> spans(String text, List<Span> spans) {
        List<Object> out = new ArrayList<>();
        for (Span s : spans) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", s.start());
            x.put("end", s.end());
            x.put("text", text.substring(s.start(), s.end()));
            out.add(x);
        }
        return out;
    }

}
