package io.newslens.search.messaging;

/** An event that can never be indexed: where it came from, its raw bytes and why. */
public record DeadLetter(String topic, int partition, long offset, String key, byte[] value, String reason,
                         String cause) {
}
