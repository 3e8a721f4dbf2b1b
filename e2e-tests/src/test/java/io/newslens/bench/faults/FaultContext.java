package io.newslens.bench.faults;

import io.newslens.localstack.services.NewslensStack;

import java.time.Duration;

/** What a fault can see and touch: the stack, the running feed, the stores. */
record FaultContext(String scenario, NewslensStack stack, ArticleFeeder feeder, PipelineProbe probe, int articles) {

    static final Duration RESTART_TIMEOUT = Duration.ofSeconds(180);

    /**
     * Waits until a third of the articles are acknowledged: the fault then hits a stream in full
     * flow (or, should ingest refuse them, when the feed gives up).
     */
    void awaitMidStream() throws InterruptedException {
        while (feeder.acknowledged() < Math.max(1, articles / 3) && !feeder.finished()) {
            Thread.sleep(50);
        }
    }

    void log(String format, Object... args) {
        System.out.printf("  [faults] %s: %s%n", scenario, String.format(format, args));
    }
}
