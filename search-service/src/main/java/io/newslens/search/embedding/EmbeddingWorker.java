package io.newslens.search.embedding;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newslens.search.config.SearchConfig;
import io.newslens.search.index.VectorWriter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedding step, off the indexing path: one background thread adds vectors to articles that are
 * already indexed (and searchable by keyword). It takes fresh ids from the bounded {@link EmbeddingQueue}
 * first, and searches the index for documents without a vector for their version when it has to: at
 * start-up (catch-up after a restart), after the queue overflowed or a batch failed, after a reindex,
 * and whenever an idle check finds some. It starts a few seconds after start-up (start-delay), when
 * it loads the model. Until its vector is written an article is simply not among
 * kNN results (semantic, hybrid, vector neighbours of /similar).
 */
@ApplicationScoped
public class EmbeddingWorker {

    private static final Logger LOG = Logger.getLogger(EmbeddingWorker.class);
    /** Texts per model thread between two checks for indexing work (about 0.2 s of CPU). */
    private static final int CHUNK_PER_THREAD = 4;

    private final EmbeddingService embeddings;
    private final EmbeddingQueue queue;
    private final VectorWriter writer;
    private final SearchConfig config;
    private final MeterRegistry metrics;
    private final AtomicLong pendingInIndex = new AtomicLong(-1);
    private final java.util.concurrent.atomic.AtomicInteger indexingInFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long lastIndexingEnd = System.nanoTime() - 3_600_000_000_000L; // long ago
    private volatile boolean running;
    private volatile boolean paused;
    private volatile boolean parked;
    private volatile boolean scanRequested = true; // catch-up after a restart
    private volatile boolean scanning;
    private volatile String lastError;
    private Thread thread;

    public EmbeddingWorker(EmbeddingService embeddings, EmbeddingQueue queue, VectorWriter writer, SearchConfig config,
                           MeterRegistry metrics) {
        this.embeddings = embeddings;
        this.queue = queue;
        this.writer = writer;
        this.config = config;
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent event) {
        if (!embeddings.enabled()) {
            return;
        }
        Gauge.builder("newslens.search.embedding.queue", queue, EmbeddingQueue::size)
                .description("ids of indexed articles waiting in memory for their vector").register(metrics);
        Gauge.builder("newslens.search.embedding.pending", pendingInIndex, AtomicLong::get)
                .description("articles in the index without a vector for their version, as last counted (-1: not yet)")
                .register(metrics);
        metrics.counter("newslens.search.embedding.dropped"); // registered at 0
        running = true;
        thread = new Thread(this::run, "embedding-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Called when the articles consumer starts writing a batch: the step lets it have the CPU. */
    public void indexingStarted() {
        indexingInFlight.incrementAndGet();
    }

    /** Called after a batch of articles was written (or failed): their vectors come later. Never blocks. */
    public void indexingEnded(Collection<String> ids) {
        lastIndexingEnd = System.nanoTime();
        indexingInFlight.decrementAndGet();
        articlesIndexed(ids);
    }

    /** Hands ids of indexed articles to the step. Never blocks. */
    public void articlesIndexed(Collection<String> ids) {
        if (embeddings.enabled() && !ids.isEmpty()) {
            int dropped = queue.offer(ids);
            if (dropped > 0) {
                // found later by the index scan the overflow triggers
                metrics.counter("newslens.search.embedding.dropped").increment(dropped);
            }
        }
    }

    /** Makes the worker look through the index for documents without a vector (e.g. after a reindex). */
    public void requestScan() {
        scanRequested = true;
    }

    /**
     * Holds the step back: returns once the batch in progress (if any) is written and the worker waits
     * (operations, and tests that observe the two stages apart).
     */
    public void pause() throws InterruptedException {
        paused = true;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (running && !parked && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    public void resume() {
        paused = false;
    }

    public boolean enabled() {
        return embeddings.enabled();
    }

    public int queued() {
        return queue.size();
    }

    public boolean scanning() {
        return scanning || scanRequested;
    }

    public String lastError() {
        return lastError;
    }

    /** Counts articles without a vector now (one _count request). */
    public long countPending() throws IOException {
        long n = writer.countWithoutVector();
        pendingInIndex.set(n);
        return n;
    }

    private void run() {
        if (!warmUpAfterStartDelay()) {
            return;
        }
        long backoff = config.indexing().initialBackoff().toMillis();
        long nextCheck = 0;
        String scanAfter = null;
        while (running) {
            try {
                if (paused) {
                    parked = true;
                    Thread.sleep(50);
                    continue;
                }
                parked = false;
                int batchSize = config.embedding().batchSize();
                List<String> fresh = queue.take(batchSize, 200);
                if (paused) {
                    queue.offer(fresh); // paused while waiting: back in the queue, untouched
                    continue;
                }
                if (queue.takeOverflow()) {
                    scanRequested = true;
                }
                if (!fresh.isEmpty()) {
                    process(fresh);
                }
                if (!scanning && scanRequested) {
                    scanRequested = false; // a request made during this pass starts another one
                    scanning = true;
                    scanAfter = null;
                }
                if (scanning) {
                    // a page of the index scan after each queue batch: fresh articles first, no starvation either way
                    List<String> page = writer.idsWithoutVector(scanAfter, batchSize);
                    if (page.isEmpty()) {
                        scanning = false;
                        countPending();
                    } else {
                        process(page);
                        scanAfter = page.get(page.size() - 1);
                    }
                } else if (fresh.isEmpty() && System.nanoTime() > nextCheck) {
                    // safety net: anything the queue missed is found by the next check
                    if (countPending() > 0) {
                        scanRequested = true;
                    }
                    nextCheck = System.nanoTime() + config.embedding().checkInterval().toNanos();
                }
                backoff = config.indexing().initialBackoff().toMillis();
                lastError = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                if (!running) {
                    return;
                }
                lastError = e.toString();
                scanRequested = true; // the ids of the failed batch are found again by the scan
                scanning = false;
                metrics.counter("newslens.search.embedding.failures").increment();
                LOG.warnf("embedding step failed (%s); retrying in %d ms", e.toString(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, config.indexing().maxBackoff().toMillis());
            }
        }
    }

    /**
     * Waits {@code start-delay}, then loads the model: start-up (and readiness) keeps the cores, and the
     * first batch does not pay for the load. Articles indexed meanwhile wait in the queue or are found by
     * the first index scan. False when the service stops first.
     */
    private boolean warmUpAfterStartDelay() {
        try {
            Thread.sleep(config.embedding().startDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        long t0 = System.nanoTime();
        try {
            embeddings.warmUp();
            LOG.infof("embedding model ready in %d ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            // the first embed() retries the load, and the step reports the error where it matters
            LOG.warnf("embedding model warm-up failed: %s", e.getMessage());
        }
        return running;
    }

    /**
     * Embeds the documents of {@code ids} that still lack a vector and writes the vectors. A document
     * that changed in between conflicts and is read again: its vector is reused when the article version
     * is still the one it was computed from, else computed anew from the new version.
     */
    void process(List<String> ids) throws IOException, InterruptedException {
        yieldToIndexing();
        Timer.Sample sample = Timer.start(metrics);
        Map<String, Computed> computed = new HashMap<>();
        List<String> pending = ids;
        for (int round = 0; !pending.isEmpty() && round <= config.indexing().conflictRetries(); round++) {
            List<VectorWriter.Snapshot> docs = writer.needingVectors(pending);
            List<VectorWriter.Snapshot> missing = docs.stream()
                    .filter(d -> !computed.containsKey(d.id()) || computed.get(d.id()).version() != d.version())
                    .toList();
            embed(missing, computed);
            Map<String, float[]> vectors = new HashMap<>();
            for (VectorWriter.Snapshot d : docs) {
                Computed c = computed.get(d.id());
                if (c != null && c.version() == d.version()) {
                    vectors.put(d.id(), c.vector());
                }
            }
            VectorWriter.Outcome o = writer.write(docs, vectors);
            metrics.counter("newslens.search.embedding.documents", "outcome", "embedded").increment(o.written().size());
            metrics.counter("newslens.search.embedding.documents", "outcome", "conflict").increment(o.conflicted().size());
            pending = o.conflicted();
        }
        if (!pending.isEmpty()) {
            scanRequested = true; // kept changing under us: the scan comes back to them
        }
        sample.stop(metrics.timer("newslens.search.embedding.batch"));
    }

    /**
     * Indexing first: while the articles consumer writes a batch, or wrote one moments ago (more are
     * likely coming), wait, but never longer than {@code embedding.max-yield}, so vectors still come
     * under a steady stream of articles. On two cores the model would otherwise take the CPU that
     * Elasticsearch needs to make the next batch searchable.
     */
    private void yieldToIndexing() throws InterruptedException {
        long quiet = config.embedding().indexingQuiet().toNanos();
        long deadline = System.nanoTime() + config.embedding().maxYield().toNanos();
        while (running && System.nanoTime() < deadline
                && (indexingInFlight.get() > 0 || System.nanoTime() - lastIndexingEnd < quiet)) {
            Thread.sleep(20);
        }
    }

    /**
     * Runs the model over the documents a few at a time, yielding to indexing in between: a batch takes
     * seconds of CPU, and the cores are the indexing path's first (keyword search must stay fresh).
     */
    private void embed(List<VectorWriter.Snapshot> docs, Map<String, Computed> into) throws InterruptedException {
        int chunk = Math.max(1, config.embedding().threads() * CHUNK_PER_THREAD);
        for (int from = 0; from < docs.size(); from += chunk) {
            if (from > 0) {
                yieldToIndexing();
            }
            List<VectorWriter.Snapshot> part = docs.subList(from, Math.min(docs.size(), from + chunk));
            List<String> texts = new ArrayList<>(part.size());
            for (VectorWriter.Snapshot d : part) {
                texts.add(ArticleEmbeddingText.of(d.doc(), config.embedding().leadParagraphs(), config.embedding().maxChars()));
            }
            List<float[]> vectors = embeddings.embedAll(texts);
            for (int i = 0; i < part.size(); i++) {
                into.put(part.get(i).id(), new Computed(part.get(i).version(), vectors.get(i)));
            }
        }
    }

    private record Computed(long version, float[] vector) {
    }
}
