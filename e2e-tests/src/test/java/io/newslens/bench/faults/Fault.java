package io.newslens.bench.faults;

/** What goes wrong during one scenario. Runs on its own thread while articles are being ingested. */
interface Fault {

    /** Waits for its moment, breaks something, repairs it; returns a short note of what it did. */
    String inject(FaultContext ctx) throws Exception;

    /** A check of its own once the pipeline is quiet again (e.g. dead letters); null when all is well. */
    default String problemAfterwards(FaultContext ctx) throws Exception {
        return null;
    }
}
