package io.newslens.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code newslens.outbox.*}: the same keys in every service that has an outbox. */
@ConfigMapping(prefix = "newslens.outbox")
public interface OutboxConfig {

    /**
     * Whether this service has an outbox (build time: the outbox beans exist only when true, so a
     * service without a database can use the rest of service-support).
     */
    @WithDefault("false")
    boolean enabled();

    Relay relay();

    /** How long acknowledged messages are kept before the hourly purge deletes them. */
    @WithDefault("P7D")
    Duration retention();

    interface Relay {
        /** Whether the relay sends (messages wait while false; operations can also pause it at run time). */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for pending messages. */
        @WithDefault("1s")
        Duration interval();

        /** How long after start the relay first looks (it never runs before the application has started). */
        @WithDefault("1s")
        Duration initialDelay();

        /** Most messages one relay transaction locks and sends. */
        @WithDefault("100")
        int batchSize();

        /** How long a round waits for the broker's acknowledgements of its batch. */
        @WithDefault("20s")
        Duration ackTimeout();
    }
}
