package io.newslens.search.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;

/** What a reindex is doing; readable at GET /api/admin/reindex. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReindexProgress(State state, String sourceIndex, String targetIndex, long articlesRead,
                              long summariesRead, long skippedPoison, long lag, Instant startedAt, Instant switchedAt,
                              Instant finishedAt, String error) {

    public enum State { IDLE, REPLAYING, SWITCHING, CATCHING_UP, DONE, FAILED }

    public static ReindexProgress idle() {
        return new ReindexProgress(State.IDLE, null, null, 0, 0, 0, 0, null, null, null, null);
    }

    public boolean running() {
        return state == State.REPLAYING || state == State.SWITCHING || state == State.CATCHING_UP;
    }
}
