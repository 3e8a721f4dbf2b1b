package io.newslens.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the whole machine (every core, every process and the kernel's own threads) has been busy since boot,
 * from the first line of {@code /proc/stat}; 0 where there is no such file. Compared with the CPU of known
 * processes, it shows what else took the cores during a measurement.
 */
public final class MachineCpu {

    /** USER_HZ: the unit of /proc/stat, 100 on every Linux architecture that matters here. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path PROC_STAT = Path.of("/proc/stat");

    private MachineCpu() {
    }

    /** Busy CPU nanoseconds so far, summed over the cores; 0 when /proc/stat cannot be read. */
    public static long busyNanos() {
        // the first line only: the rest of /proc/stat (per-core lines, the interrupt counters) runs to kilobytes
        try (BufferedReader in = Files.newBufferedReader(PROC_STAT)) {
            return busyNanos(in.readLine());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * From the aggregate line {@code cpu user nice system idle iowait irq softirq steal guest guest_nice}: all but
     * idle and iowait (guest time is already counted in user and nice, so it is not added again).
     */
    static long busyNanos(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        if (!f[0].equals("cpu")) {
            throw new IllegalArgumentException("not the aggregate cpu line of /proc/stat: " + cpuLine);
        }
        long busy = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(f[i]);
            }
        }
        return busy * NANOS_PER_TICK;
    }
}
