package io.newslens.localstack;

import java.time.Duration;
import java.util.OptionalLong;

/** A backing service that is one child process tree of ours (Elasticsearch, Kafka). */
abstract class ProcessBackedService implements BackingService {

    protected ChildProcess process;

    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
            process = null;
        }
    }

    @Override
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    @Override
    public OptionalLong pid() {
        ChildProcess p = process;
        return p == null ? OptionalLong.empty() : OptionalLong.of(p.pid());
    }

    @Override
    public boolean isRunning() {
        ChildProcess p = process;
        return p != null && p.isAlive();
    }
}
