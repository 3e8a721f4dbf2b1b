package io.newslens.bench.faults;

/** One fault scenario of issue 6. */
record Scenario(String name, String description, Fault fault) {
}
