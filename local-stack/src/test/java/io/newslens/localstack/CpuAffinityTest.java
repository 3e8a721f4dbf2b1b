package io.newslens.localstack;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuAffinityTest {

    @Test
    void aProcessStartedThroughTheLauncherRunsOnTheGivenCpuOnly() throws Exception {
        List<String> command = new ArrayList<>(CpuAffinity.launcher("0"));
        command.addAll(List.of("sleep", "30"));
        Process p = new ProcessBuilder(command).start();
        try {
            // taskset execs the command: the pid is the sleep's
            String allowed = "unknown";
            for (int i = 0; i < 50 && !"0".equals(allowed); i++) {
                Thread.sleep(20);
                allowed = CpuAffinity.allowed(p.pid());
            }
            assertEquals("0", allowed);
        } finally {
            p.destroy();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void noCpusMeansNoLauncher() {
        assertEquals(List.of(), CpuAffinity.launcher(null));
        assertNotEquals("unknown", CpuAffinity.allowed(ProcessHandle.current().pid()));
        assertEquals("unknown", CpuAffinity.allowed(Long.MAX_VALUE));
        String last = CpuAffinity.lastCpu();
        assertTrue(last == null || Integer.parseInt(last) == Runtime.getRuntime().availableProcessors() - 1);
    }
}
