package io.newslens.localstack.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassDataCacheTest {

    @TempDir
    Path dir;

    private Path app() throws Exception {
        Path app = Files.createDirectories(dir.resolve("quarkus-app/lib/main"));
        Files.writeString(app.resolve("a.jar"), "classes");
        return dir.resolve("quarkus-app");
    }

    private static Path optionPath(List<String> options) {
        return Path.of(options.get(0).substring(options.get(0).indexOf('=') + 1));
    }

    @Test
    void firstRunRecordsTheCacheAndTheNextUsesIt() throws Exception {
        Path app = app();
        ServiceJvm jdk25 = new ServiceJvm(dir.resolve("jdk25"), 25);
        ClassDataCache first = new ClassDataCache(app, jdk25);
        assertTrue(first.training());
        List<String> recording = first.jvmOptions();
        assertTrue(recording.get(0).startsWith("-XX:AOTCacheOutput="), recording.toString());
        Files.writeString(optionPath(recording), "cache written by the JVM at exit");
        first.publish();

        ClassDataCache second = new ClassDataCache(app, jdk25);
        assertFalse(second.training());
        List<String> using = second.jvmOptions();
        assertTrue(using.get(0).startsWith("-XX:AOTCache="), using.toString());
        assertEquals("cache written by the JVM at exit", Files.readString(optionPath(using)));
    }

    @Test
    void olderJdksGetADynamicAppCdsArchive() throws Exception {
        ClassDataCache cache = new ClassDataCache(app(), new ServiceJvm(dir.resolve("jdk17"), 17));
        assertTrue(cache.jvmOptions().get(0).startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void aRebuiltJarTrainsAgainAndTheStaleCacheIsDropped() throws Exception {
        Path app = app();
        ServiceJvm jvm = new ServiceJvm(dir.resolve("jdk25"), 25);
        ClassDataCache first = new ClassDataCache(app, jvm);
        Files.writeString(optionPath(first.jvmOptions()), "old");
        first.publish();

        Path jar = app.resolve("lib/main/a.jar");
        Files.writeString(jar, "other classes");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        ClassDataCache rebuilt = new ClassDataCache(app, jvm);
        assertTrue(rebuilt.training(), "a changed jar must not use the old cache");
        Files.writeString(optionPath(rebuilt.jvmOptions()), "new");
        rebuilt.publish();
        try (var files = Files.list(app.resolveSibling("class-data-cache"))) {
            assertEquals(1, files.count(), "only the current cache is kept");
        }
    }

    @Test
    void aKilledTrainingRunPublishesNothing() throws Exception {
        Path app = app();
        ServiceJvm jvm = new ServiceJvm(dir.resolve("jdk25"), 25);
        ClassDataCache cache = new ClassDataCache(app, jvm);
        Files.writeString(optionPath(cache.jvmOptions()), "partial");
        cache.discard();
        assertTrue(new ClassDataCache(app, jvm).training());
    }
}
