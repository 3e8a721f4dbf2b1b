package io.newslens.bench.search;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed with each figure: the benchmark shares 2 cores with other work. */
final class Load {

    private Load() {
    }

    static String now() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load average " + f[0] + ", " + f[1] + ", " + f[2];
        } catch (Exception e) {
            return "load average unknown";
        }
    }
}
