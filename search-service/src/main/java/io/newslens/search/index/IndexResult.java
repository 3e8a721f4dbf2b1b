package io.newslens.search.index;

import java.util.List;
import java.util.Map;

/**
 * Outcome of one batch: the ids of the documents written, how many events were stale (an equal or newer
 * version was already indexed), and the ids Elasticsearch can never accept, with the reason.
 */
public record IndexResult(List<String> writtenIds, int stale, Map<String, String> rejected) {

    public static final IndexResult NOTHING = new IndexResult(List.of(), 0, Map.of());

    public int written() {
        return writtenIds.size();
    }
}
