package io.newslens.localstack.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's runtime settings as its {@code k8s/base/services/<module>.runtime.env} sets them: the
 * port, the JVM options and the rest of the process environment. The same file feeds Kubernetes,
 * docker compose and the image, so the local stack runs each service with the same flags and heap share.
 */
public record RuntimeSettings(int port, List<String> javaOptions, Map<String, String> environment) {

    /** Where a module's settings live, relative to the repository. */
    public static Path file(Path repoDir, String module) {
        return repoDir.resolve("k8s/base/services").resolve(module + ".runtime.env");
    }

    public static RuntimeSettings read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service's runtime settings " + file, e);
        }
        return parse(lines, file.toString());
    }

    /** {@code NAME=value} lines (the value as is, no quotes), blank lines and {@code #} comments. */
    static RuntimeSettings parse(List<String> lines, String source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(source + ": not NAME=value: " + line);
            }
            values.put(l.substring(0, eq), l.substring(eq + 1));
        }
        String port = values.remove("QUARKUS_HTTP_PORT");
        String javaOpts = values.remove("JAVA_OPTS");
        if (port == null || javaOpts == null) {
            throw new IllegalStateException(source + " must set QUARKUS_HTTP_PORT and JAVA_OPTS");
        }
        List<String> options = javaOpts.isBlank() ? List.of() : Arrays.asList(javaOpts.strip().split("\\s+"));
        return new RuntimeSettings(Integer.parseInt(port), List.copyOf(options), Map.copyOf(values));
    }
}
