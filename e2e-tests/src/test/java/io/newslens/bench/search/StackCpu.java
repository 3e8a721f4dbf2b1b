package io.newslens.bench.search;

import io.newslens.bench.MachineCpu;
import io.newslens.bench.ProcessCpu;
import io.newslens.localstack.BackingService;
import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.ServiceSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of every process of the stack (each with its child processes) and of this benchmark's own JVM (alone),
 * so a measured window can say which process the two cores went to; and what the rest of the machine took.
 */
final class StackCpu {

    static final String ELASTICSEARCH = "elasticsearch";
    static final String BENCHMARK = "benchmark";

    /**
     * The machine's busy CPU beyond the stack's processes and this benchmark: the kernel's own threads (on this guest
     * kdamond takes a core for 2-25 ms twice a second), interrupt work no process was charged with, anything else
     * running. Partly background both sides share, partly not: at 1 client there is about twice as much of it per
     * search through the service (more softirq time per request: a second network hop), so it is reported on its
     * own and counted in each side's machine total.
     */
    static final String OUTSIDE = "outside the stack";

    private final NewslensStack stack;

    StackCpu(NewslensStack stack) {
        this.stack = stack;
    }

    /** name -> CPU nanoseconds so far. */
    Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (BackingService b : stack.backing().all()) {
            out.put(b.name(), ProcessCpu.nanosOfTree(b.pid().orElse(-1)));
        }
        for (ServiceSpec spec : ServiceSpec.values()) {
            out.put(spec.module(), ProcessCpu.nanosOfTree(stack.service(spec).pid()));
        }
        // this JVM alone: the stack's processes are its children
        out.put(BENCHMARK, ProcessCpu.nanos(ProcessHandle.current()));
        // only differences of snapshots mean anything here, and only while the same processes run: one that starts
        // or stops between two snapshots moves its whole CPU so far out of this entry or into it
        long known = out.values().stream().mapToLong(Long::longValue).sum();
        // /proc/stat counts in 10 ms ticks: a small negative difference is rounding, not CPU
        out.put(OUTSIDE, Math.max(0, MachineCpu.busyNanos() - known));
        return out;
    }

    /** "name 1.23 s, ..." for the processes that used CPU between the two snapshots. */
    static String delta(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder s = new StringBuilder();
        after.forEach((name, nanos) -> {
            long d = nanos - before.getOrDefault(name, nanos);
            if (d > 5_000_000) {
                s.append(s.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%s %.2f s", name, d / 1e9));
            }
        });
        return s.toString();
    }
}
