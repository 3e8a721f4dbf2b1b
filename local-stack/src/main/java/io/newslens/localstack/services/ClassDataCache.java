package io.newslens.localstack.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Start-up cache of one packaged service: the classes it loads (and on JDK 25+ their linked state
 * and method profiles) recorded by one run and mapped by the next, which cuts class loading and JIT
 * warm-up from every later start. On a JDK 25+ it is the AOT cache (JEP 483/514/515), on older JDKs
 * a dynamic AppCDS archive. The first run with a given jar and JVM trains it and writes it when the
 * service stops politely; it is keyed by the jar contents and the JVM, so a rebuild trains anew.
 * Set {@code NEWSLENS_CLASS_DATA_CACHE=off} (or {@code -Dnewslens.class-data-cache=off}) to run without.
 */
final class ClassDataCache {

    private final Path cacheFile;
    private final Path trainingFile;
    private final boolean aot;
    private final boolean enabled;
    private final boolean training;

    ClassDataCache(Path appDir, ServiceJvm jvm) {
        this.aot = jvm.supportsAotCache();
        String setting = System.getProperty("newslens.class-data-cache", System.getenv().getOrDefault("NEWSLENS_CLASS_DATA_CACHE", "on"));
        this.enabled = !"off".equalsIgnoreCase(setting);
        Path dir = appDir.resolveSibling("class-data-cache");
        this.cacheFile = dir.resolve(fingerprint(appDir, jvm) + (aot ? ".aot" : ".jsa"));
        this.trainingFile = dir.resolve(cacheFile.getFileName() + "." + UUID.randomUUID() + ".training");
        this.training = enabled && !Files.isRegularFile(cacheFile);
    }

    /** True when this run records the cache rather than using it. */
    boolean training() {
        return training;
    }

    /** JVM options for this run: use the cache when there is one, else record it. */
    List<String> jvmOptions() {
        if (!enabled) {
            return List.of();
        }
        if (!training) {
            if (!aot) {
                return List.of("-XX:SharedArchiveFile=" + cacheFile);
            }
            /*
             * ArchiveRelocationMode=0 maps the cache at the address it was written for instead of
             * relocating every pointer in it (the JDK's default, mode 1, relocates always for ASLR):
             * 0.2 s of every start with a 130 MB cache (-Xlog:aot). A local, single-user stack trades
             * that address randomisation for start-up; the container images do not use this cache.
             */
            return List.of("-XX:AOTCache=" + cacheFile, "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
        }
        try {
            Files.createDirectories(trainingFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(aot ? "-XX:AOTCacheOutput=" + trainingFile : "-XX:ArchiveClassesAtExit=" + trainingFile);
    }

    /** After a polite stop of a training run: publish the recorded cache (atomically; concurrent runs may race). */
    void publish() {
        if (!training) {
            return;
        }
        try {
            if (Files.isRegularFile(trainingFile) && Files.size(trainingFile) > 0) {
                Files.move(trainingFile, cacheFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                dropStale();
            } else {
                Files.deleteIfExists(trainingFile);
            }
        } catch (IOException e) {
            System.err.println("[newslens] class-data cache not written: " + e.getMessage());
        }
    }

    /** Caches of earlier builds can never match again. */
    private void dropStale() throws IOException {
        try (Stream<Path> files = Files.list(cacheFile.getParent())) {
            for (Path f : files.filter(f -> !f.equals(cacheFile) && !f.getFileName().toString().endsWith(".training")).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** A killed training run leaves a partial file behind: drop it. */
    void discard() {
        try {
            Files.deleteIfExists(trainingFile);
        } catch (IOException ignored) {
            // a stray file only costs disk space
        }
    }

    /** Hash of every file of the packaged app (path, size, modification time) and of the JVM. */
    private static String fingerprint(Path appDir, ServiceJvm jvm) {
        try (Stream<Path> files = Files.walk(appDir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((jvm.home() + "|" + jvm.featureVersion()).getBytes(StandardCharsets.UTF_8));
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = appDir.relativize(f) + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis() + "\n";
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
