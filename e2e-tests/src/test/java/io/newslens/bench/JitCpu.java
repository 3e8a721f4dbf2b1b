package io.newslens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of a JVM's JIT compiler threads (Linux /proc), to show whether a JVM was still compiling
 * while it was being measured: "warm" means its compiler threads have little left to do.
 */
public final class JitCpu {

    private static final double CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private JitCpu() {
    }

    /** Seconds of CPU the C1/C2 compiler threads of {@code pid} have used; -1 when unknown (no /proc, process gone). */
    public static double seconds(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            return threads.filter(JitCpu::isCompiler).mapToLong(JitCpu::ticks).sum() / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean isCompiler(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).trim();
            return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
        } catch (IOException e) {
            return false;
        }
    }

    /** utime + stime of a thread: fields 14 and 15 of its stat line, counted after the ")" that ends its name. */
    private static long ticks(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException e) {
            return 0;
        }
    }
}
