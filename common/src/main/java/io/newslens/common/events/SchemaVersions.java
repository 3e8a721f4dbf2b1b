package io.newslens.common.events;

/** The check behind every event's {@code schemaProblem()} (the package's compatibility rule). */
final class SchemaVersions {

    private SchemaVersions() {
    }

    /** Why an event of schema {@code found} cannot be read by code that knows up to {@code known}, or null. */
    static String problem(int found, int known) {
        return found > known ? "unsupported schemaVersion " + found + " (this consumer reads up to " + known + ")" : null;
    }
}
