package io.newslens.support.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxReadinessTest {

    @Test
    void relaySkipsBeforeStartAndFromShutdownOn() {
        OutboxReadiness readiness = new OutboxReadiness();
        assertTrue(readiness.test(null), "before the start event the relay must not run");
        readiness.onStart(new StartupEvent());
        assertFalse(readiness.test(null), "after start the relay runs");
        readiness.onStop(new ShutdownEvent());
        assertTrue(readiness.test(null), "once stopping the relay must not run (ORM and producer are closing)");
    }
}
