package io.newslens.localstack.services;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Instances per service, as the run command takes them: {@code 2} (every service twice) or
 * {@code ingest=1,search=2,summary=2} (a service left out runs once).
 */
public final class ReplicaCounts {

    /** More instances than this on one machine is a mistake, not a test. */
    static final int MAX = 8;

    private ReplicaCounts() {
    }

    public static Map<ServiceSpec, Integer> parse(String text) {
        Map<ServiceSpec, Integer> counts = new EnumMap<>(ServiceSpec.class);
        if (text == null || text.isBlank()) {
            return counts;
        }
        String spec = text.strip();
        if (!spec.contains("=")) {
            int n = count(spec, text);
            for (ServiceSpec s : ServiceSpec.values()) {
                counts.put(s, n);
            }
            return counts;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("replicas: '" + part.strip() + "' is not service=count (in '" + text + "')");
            }
            counts.put(service(kv[0].strip(), text), count(kv[1].strip(), text));
        }
        return counts;
    }

    private static ServiceSpec service(String name, String text) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ServiceSpec s : ServiceSpec.values()) {
            if (s.module().equals(n) || s.module().equals(n + "-service")) {
                return s;
            }
        }
        throw new IllegalArgumentException("replicas: no service named '" + name + "' (ingest, search, summary) in '" + text + "'");
    }

    private static int count(String value, String text) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("replicas: '" + value + "' is not a count from 1 to " + MAX + " (in '" + text + "')");
    }
}
