package io.newslens.bench.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Distinct real article bodies (FNC-1 training and competition bodies), in a fixed order. */
final class Corpus {

    record Body(String key, String text) {
    }

    private Corpus() {
    }

    /** Every FNC-1 body once; bodies with identical text are kept once (ingest would merge them). */
    static List<Body> fnc1(Path shared) throws Exception {
        List<Body> bodies = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String file : List.of("train_bodies.csv", "competition_test_bodies.csv")) {
            String tag = file.startsWith("train") ? "train" : "test";
            for (Map.Entry<String, String> e : read(shared.resolve("benchmarks/fnc-1").resolve(file)).entrySet()) {
                if (seen.add(e.getValue().strip())) {
                    bodies.add(new Body(tag + "-" + e.getKey(), e.getValue()));
                }
            }
        }
        return bodies;
    }

    /** The bench package's FNC-1 body reader, reused rather than copied. */
    private static Map<String, String> read(Path csv) throws java.io.IOException {
        return io.newslens.test.Csv.fnc1Bodies(csv);
    }

    /** JSON string quoting, from the bench package as well. */
    static String quote(String s) {
        return io.newslens.bench.Json.quote(s);
    }
}
