package io.newslens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory of a process and all its descendants, from /proc (Linux). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    static long rssBytesOfTree(long pid) {
        return ProcessHandle.of(pid)
                .map(root -> Stream.concat(Stream.of(root), root.descendants()).mapToLong(h -> rssBytes(h.pid())).sum())
                .orElse(0L);
    }

    static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // process gone between listing and reading
        }
        return 0;
    }
}
