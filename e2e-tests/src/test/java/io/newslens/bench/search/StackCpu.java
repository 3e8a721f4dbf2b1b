package io.newslens.bench.search;

import io.newslens.bench.ProcessCpu;
import io.newslens.localstack.BackingService;
import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.ServiceSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of every process of the stack (each with its child processes) and of this benchmark's own JVM (alone),
 * so a measured window can say which process the two cores went to.
 */
final class StackCpu {

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
        out.put("benchmark", ProcessCpu.nanos(ProcessHandle.current()));
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
