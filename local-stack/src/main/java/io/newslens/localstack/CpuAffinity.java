package io.newslens.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a process on chosen CPUs ({@code taskset}, util-linux), as a Kubernetes node with the static CPU manager
 * policy gives a Guaranteed pod's container whole CPUs of its own.
 */
public final class CpuAffinity {

    private CpuAffinity() {
    }

    /** The command prefix that starts a process on {@code cpus} (a CPU list such as "1" or "0-1"); none for null. */
    public static List<String> launcher(String cpus) {
        return cpus == null ? List.of() : List.of("taskset", "--cpu-list", cpus);
    }

    /** The last CPU of this machine, for one process to have to itself; null when the machine has only one. */
    public static String lastCpu() {
        int n = Runtime.getRuntime().availableProcessors();
        return n > 1 ? Integer.toString(n - 1) : null;
    }

    /** The CPUs a running process may run on, as the kernel lists them ("0-1"), or "unknown". */
    public static String allowed(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return "unknown";
    }
}
