package io.newslens.bench.faults;

/**
 * What one scenario measured. {@code lost}: accepted articles missing from at least one store;
 * {@code duplicated}: accepted articles with more than one index document, analysis row or id.
 */
record ScenarioResult(String name, int accepted, int rejected, int resent, int indexed, int summarised,
                      int lost, int duplicated, double recoverySeconds, String faultNote, String problem,
                      int replicas, double throughput) {

    /** A scenario that could not run at all. */
    static ScenarioResult notRun(String name, int replicas, String why) {
        return new ScenarioResult(name, 0, 0, 0, 0, 0, 0, 0, Double.NaN, "", why, replicas, Double.NaN);
    }

    boolean failed() {
        return lost > 0 || duplicated > 0 || problem != null;
    }
}
