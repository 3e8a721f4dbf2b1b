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

    /** INTERRUPTED: saved as running, but the instance running it stopped reporting (it was stopped or crashed). */
    public enum State { IDLE, REPLAYING, SWITCHING, CATCHING_UP, DONE, FAILED, INTERRUPTED }

    public static ReindexProgress idle() {
        return new ReindexProgress(State.IDLE, null, null, 0, 0, 0, 0, null, null, null, null);
    }

    public ReindexProgress withState(State next, String failure) {
        boolean ended = next == State.DONE || next == State.FAILED;
        return new ReindexProgress(next, sourceIndex, targetIndex, articlesRead, summariesRead, skippedPoison, lag,
                startedAt, next == State.CATCHING_UP ? Instant.now() : switchedAt, ended ? Instant.now() : finishedAt,
                failure);
    }

    public ReindexProgress withLag(long newLag) {
        return new ReindexProgress(state, sourceIndex, targetIndex, articlesRead, summariesRead, skippedPoison, newLag,
                startedAt, switchedAt, finishedAt, error);
    }

    public ReindexProgress plusRead(long articles, long summaries, long poison) {
        return new ReindexProgress(state, sourceIndex, targetIndex, articlesRead + articles, summariesRead + summaries,
                skippedPoison + poison, lag, startedAt, switchedAt, finishedAt, error);
    }

    public ReindexProgress interrupted(Instant lastSaved) {
        return new ReindexProgress(State.INTERRUPTED, sourceIndex, targetIndex, articlesRead, summariesRead,
                skippedPoison, lag, startedAt, switchedAt, null,
                "the instance running it stopped reporting at " + lastSaved + "; start a new reindex"
                        + (switchedAt == null ? "" : " (the alias was already switched to " + targetIndex + ")"));
    }

    public boolean running() {
        return state == State.REPLAYING || state == State.SWITCHING || state == State.CATCHING_UP;
    }
}
