package io.newslens.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MachineCpuTest {

    @Test
    void busyTimeIsEverythingButIdleAndIowait() {
        // user 100, nice 2, system 30, idle 5000, iowait 7, irq 1, softirq 4, steal 3, guest 50 (inside user), guest_nice 0
        assertEquals((100 + 2 + 30 + 1 + 4 + 3) * 10_000_000L,
                MachineCpu.busyNanos("cpu  100 2 30 5000 7 1 4 3 50 0"));
    }

    @Test
    void onlyTheAggregateLineIsAccepted() {
        assertThrows(IllegalArgumentException.class, () -> MachineCpu.busyNanos("cpu0 100 2 30 5000 7 1 4 3 0 0"));
    }

    @Test
    void thisMachineHasBeenBusyAndTheCountGrows() {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")), "not Linux: no /proc/stat");
        long before = MachineCpu.busyNanos();
        long spinUntil = System.nanoTime() + 100_000_000L; // 0.1 s of this thread on a core: ten ticks at least
        while (System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        long after = MachineCpu.busyNanos();
        assertTrue(before > 0, "no busy time read from /proc/stat");
        assertTrue(after - before >= 50_000_000L, "busy time grew by " + (after - before) + " ns over 0.1 s of spinning");
    }
}
