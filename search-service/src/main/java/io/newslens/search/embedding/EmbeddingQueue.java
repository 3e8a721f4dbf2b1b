package io.newslens.search.embedding;

import io.newslens.search.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Ids of freshly indexed articles waiting for their vector, oldest first, each id once. Bounded: when
 * full, further ids are dropped and the queue remembers that it overflowed, so the embedding step
 * finds those documents by searching the index instead (memory never grows with the corpus). Only a
 * hint for low latency: the index itself is the record of what still lacks a vector.
 */
@ApplicationScoped
public class EmbeddingQueue {

    private final int capacity;
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();
    private boolean overflowed;

    public EmbeddingQueue(SearchConfig config) {
        this.capacity = config.embedding().queueCapacity();
    }

    /** Adds ids without ever blocking the caller; returns how many did not fit. */
    public synchronized int offer(Collection<String> newIds) {
        int dropped = 0;
        for (String id : newIds) {
            if (ids.size() < capacity || ids.contains(id)) {
                ids.add(id);
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            overflowed = true;
        }
        notifyAll();
        return dropped;
    }

    /** Up to {@code max} ids, waiting at most {@code waitMillis} for the first one. */
    public synchronized List<String> take(int max, long waitMillis) throws InterruptedException {
        if (ids.isEmpty() && waitMillis > 0) {
            wait(waitMillis);
        }
        List<String> out = new ArrayList<>(Math.min(max, ids.size()));
        for (Iterator<String> it = ids.iterator(); it.hasNext() && out.size() < max; ) {
            out.add(it.next());
            it.remove();
        }
        return out;
    }

    /** Whether ids were dropped since the last call (and so the index must be searched for them). */
    public synchronized boolean takeOverflow() {
        boolean o = overflowed;
        overflowed = false;
        return o;
    }

    public synchronized int size() {
        return ids.size();
    }

    /** Forgets every queued id, as a restart does. */
    public synchronized void clear() {
        ids.clear();
    }
}
