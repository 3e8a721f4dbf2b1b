package io.newslens.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Samples once a second the RSS of each watched process tree and the JVM heap used of each
 * service (from its Prometheus metrics), keeping the peak per phase; and the CPU time each process
 * tree used per phase, as average cores busy.
 */
final class MemorySampler implements AutoCloseable {

    record Watched(String name, LongSupplier pid, String metricsUrl) {
    }

    private final Map<String, Watched> watched = new LinkedHashMap<>();
    private final Map<String, Long> peakRss = new ConcurrentHashMap<>();
    private final Map<String, Long> peakHeap = new ConcurrentHashMap<>();
    private final Map<String, Long> peakTotal = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Double> cores = new ConcurrentHashMap<>();
    private final Map<String, Long> cpuAtPhaseStart = new ConcurrentHashMap<>();
    private long phaseStart = System.nanoTime();
    private volatile String phase = "idle";
    private final Thread thread;
    private volatile boolean running = true;

    MemorySampler() {
        thread = new Thread(this::loop, "memory-sampler");
        thread.setDaemon(true);
    }

    MemorySampler watch(String name, LongSupplier pid, String metricsUrl) {
        watched.put(name, new Watched(name, pid, metricsUrl));
        return this;
    }

    MemorySampler start() {
        thread.start();
        return this;
    }

    synchronized void phase(String phase) {
        sampleOnce();
        long now = System.nanoTime();
        for (Watched w : watched.values()) {
            long cpu = ProcessCpu.nanosOfTree(w.pid().getAsLong());
            Long before = cpuAtPhaseStart.put(w.name(), cpu);
            if (before != null && now > phaseStart) {
                cores.put(this.phase + "/" + w.name(), (double) (cpu - before) / (now - phaseStart));
            }
        }
        phaseStart = now;
        this.phase = phase;
    }

    /** Average cores the process tree kept busy during a finished phase. */
    double cores(String phase, String name) {
        return cores.getOrDefault(phase + "/" + name, 0.0);
    }

    long peakRss(String phase, String name) {
        return peakRss.getOrDefault(phase + "/" + name, 0L);
    }

    long peakHeap(String name) {
        return peakHeap.getOrDefault(name, 0L);
    }

    long peakTotal() {
        return peakTotal.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    long currentRss(String name) {
        long pid = watched.get(name).pid().getAsLong();
        return pid > 0 ? ProcessMemory.rssBytesOfTree(pid) : 0;
    }

    private void loop() {
        while (running) {
            sampleOnce();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sampleOnce() {
        long total = 0;
        for (Watched w : watched.values()) {
            long rss = currentRss(w.name());
            total += rss;
            peakRss.merge(phase + "/" + w.name(), rss, Math::max);
            if (w.metricsUrl() != null) {
                peakHeap.merge(w.name(), heapUsed(w.metricsUrl()), Math::max);
            }
        }
        peakTotal.merge(phase, total, Math::max);
    }

    private long heapUsed(String metricsUrl) {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(metricsUrl)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            for (String line : body.split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return (long) sum;
        } catch (Exception e) {
            return 0;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
