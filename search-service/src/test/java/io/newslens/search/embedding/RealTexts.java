package io.newslens.search.embedding;

import io.newslens.test.Csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real article texts for the equivalence tests: the five seed pages of testdata/corpus (whole, and each
 * paragraph) and, when ../shared is next to the checkout, the FNC-1 article bodies.
 */
final class RealTexts {

    static final Path SEEDS = Path.of(System.getProperty("newslens.corpus.dir", "../testdata/corpus"), "seeds");
    static final Path FNC = Path.of(System.getProperty("newslens.shared.dir", "../../shared"), "benchmarks/fnc-1");

    private RealTexts() {
    }

    /** The seed pages, whole. */
    static List<String> seedPages() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<String> pages = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Files.readString(p));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines of the seed pages (their paragraphs, headings and bylines). */
    static List<String> seedParagraphs() {
        return seedPages().stream().flatMap(String::lines).filter(l -> !l.isBlank()).toList();
    }

    static boolean fncAvailable() {
        return Files.isRegularFile(FNC.resolve("train_bodies.csv"));
    }

    /** Article bodies of an FNC-1 file ({@code train_bodies.csv}, {@code competition_test_bodies.csv}). */
    static List<String> fncBodies(String file) {
        List<List<String>> rows = Csv.rows(FNC.resolve(file));
        return rows.subList(1, rows.size()).stream().filter(r -> r.size() > 1).map(r -> r.get(1)).toList();
    }
}
