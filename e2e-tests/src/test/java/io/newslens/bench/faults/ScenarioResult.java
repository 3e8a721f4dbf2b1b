package io.newslens.bench.faults;

/**
 * What one scenario measured. {@code lost}: accepted articles missing from at least one store;
 * {@code duplicated}: accepted articles with more than one index document, analysis row or id.
 */
record ScenarioResult(String name, int accepted, int rejected, int resent, int indexed, int summarised,
                      int lost, int duplicated, double recoverySeconds, String faultNote, String problem) {

    boolean failed() {
        return lost > 0 || duplicated > 0 || problem != null;
    }
}
