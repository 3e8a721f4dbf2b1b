package io.newslens.localstack;

import java.time.Duration;

/** A backing service the stack can start, stop and (for fault tests) kill. */
public interface BackingService {

    String name();

    /** Starts and returns once the service answers its health check. */
    void start(Duration timeout);

    void stop();

    /** Kills it as a crash would (SIGKILL). */
    void kill();

    boolean isRunning();

    /** The root process of the service (its tree holds all its processes), if running. */
    java.util.OptionalLong pid();
}
