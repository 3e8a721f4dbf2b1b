package io.newslens.search.index;

import java.util.Map;

/**
 * Outcome of one batch: how many documents were written, how many events were stale (an equal or newer
 * version was already indexed), and the ids Elasticsearch can never accept, with the reason.
 */
public record IndexResult(int written, int stale, Map<String, String> rejected) {
}
