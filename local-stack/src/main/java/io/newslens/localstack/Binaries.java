package io.newslens.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where the Elasticsearch distribution and the Kafka jars are: laid out by the
 * {@code local-stack/binaries} Maven module, or wherever {@code NEWSLENS_BINARIES_DIR} points.
 */
public record Binaries(Path elasticsearchHome, Path kafkaLibs) {

    public static Binaries locate() {
        Properties props = new Properties();
        try (InputStream in = Binaries.class.getResourceAsStream("/local-stack.properties")) {
            props.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("local-stack.properties missing from the classpath", e);
        }
        String override = System.getenv("NEWSLENS_BINARIES_DIR");
        Path dir = Path.of(override != null ? override : props.getProperty("binaries.dir"));
        Path esDist = dir.resolve("elasticsearch-dist");
        Path kafkaLibs = dir.resolve("kafka/libs");
        if (!Files.isDirectory(esDist) || !Files.isDirectory(kafkaLibs)) {
            throw new IllegalStateException("backing-service binaries not found under " + dir
                    + ": build them with ./mvnw -pl local-stack/binaries package (or set NEWSLENS_BINARIES_DIR)");
        }
        try (Stream<Path> children = Files.list(esDist)) {
            Path home = children.filter(p -> p.getFileName().toString().startsWith("elasticsearch-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no elasticsearch-* directory in " + esDist));
            return new Binaries(home, kafkaLibs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
