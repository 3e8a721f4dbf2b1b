package io.newslens.bench;

import java.time.Duration;
import java.util.stream.Stream;

/** CPU time of a process and all its descendants, from the JDK's process handles. */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** CPU nanoseconds used so far by {@code pid} and its child processes; 0 when it is gone or unknown (pid <= 0). */
    public static long nanosOfTree(long pid) {
        return pid <= 0 ? 0 : ProcessHandle.of(pid)
                .map(root -> Stream.concat(Stream.of(root), root.descendants()).mapToLong(ProcessCpu::nanos).sum())
                .orElse(0L);
    }

    /** CPU nanoseconds of this one process (no descendants). */
    public static long nanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
