package io.newslens.bench.faults;

/** One fault scenario: what happens, and how many instances of each service it runs on. */
record Scenario(String name, String description, Fault fault, int replicas) {

    Scenario(String name, String description, Fault fault) {
        this(name, description, fault, 1);
    }
}
