package io.newslens.bench.faults;

import io.newslens.localstack.services.NewslensStack;
import io.newslens.localstack.services.QuarkusService;
import io.newslens.localstack.services.ServiceSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one scenario: feeds its own copy of the corpus (distinct text and external ids) while the
 * fault happens, waits until the pipeline has caught up (or the timeout), then checks every
 * accepted article in every store.
 */
final class ScenarioRunner {

    private static final int BATCH = 50;
    private static final Duration QUIET = Duration.ofSeconds(5);

    private final NewslensStack stack;
    private final PipelineProbe probe;
    private final List<Corpus.Body> bodies;
    private final Duration catchUpTimeout;
    private final String runId;
    /** Article ids accepted by earlier scenarios of this run: a scenario must create its own. */
    private final Set<String> earlier = new java.util.HashSet<>();

    ScenarioRunner(NewslensStack stack, PipelineProbe probe, List<Corpus.Body> bodies, Duration catchUpTimeout, String runId) {
        this.stack = stack;
        this.probe = probe;
        this.bodies = bodies;
        this.catchUpTimeout = catchUpTimeout;
        this.runId = runId;
    }

    ScenarioResult run(Scenario scenario) throws Exception {
        System.out.printf("%n== %s: %s%n", scenario.name(), scenario.description());
        List<ArticleFeeder.Item> items = new ArrayList<>();
        for (Corpus.Body b : bodies) {
            items.add(new ArticleFeeder.Item("faults-" + runId + "-" + scenario.name() + "-" + b.key(),
                    marked(b.text(), "This copy was filed by fault run " + runId + " for scenario " + scenario.name() + ".")));
        }
        scaleTo(scenario.replicas());
        long indexBefore = probe.indexTotal();
        ArticleFeeder feeder = new ArticleFeeder(() -> stack.instances(ServiceSpec.INGEST).stream().map(QuarkusService::url).toList(),
                stack.apiKey(), BATCH, catchUpTimeout);
        FaultContext ctx = new FaultContext(scenario.name(), stack, feeder, probe, items.size());

        AtomicReference<String> note = new AtomicReference<>("fault did not happen");
        AtomicReference<Throwable> faultError = new AtomicReference<>();
        long[] faultEnd = {0};
        Thread fault = new Thread(() -> {
            try {
                note.set(scenario.fault().inject(ctx));
            } catch (Throwable t) {
                faultError.set(t);
            } finally {
                faultEnd[0] = System.nanoTime();
            }
        }, "fault-" + scenario.name());
        long t0 = System.nanoTime();
        fault.start();
        feeder.feed(items);
        double feedSeconds = (System.nanoTime() - t0) / 1e9;
        fault.join();
        if (faultError.get() != null) {
            faultError.get().printStackTrace();
        }
        Set<String> ids = feeder.acceptedIds();
        long reused = ids.stream().filter(earlier::contains).count();
        earlier.addAll(ids);
        System.out.printf(Locale.ROOT, "  fed %d articles in %.1f s (%d acknowledged, %d rejected, %d items resent, %d failed requests)%n",
                items.size(), feedSeconds, ids.size(), feeder.rejected().size(), feeder.resends(), feeder.failedRequests());
        System.out.println("  fault: " + note.get());

        boolean caughtUp = awaitCaughtUp(ids);
        double recovery = Math.max(0, (System.nanoTime() - faultEnd[0]) / 1e9);
        // articles per second from the first post to the last article searchable and summarised
        double throughput = caughtUp ? ids.size() / ((System.nanoTime() - t0) / 1e9) : Double.NaN;
        System.out.printf(Locale.ROOT, "  %d instance(s) of each service; %.1f articles/s from first post to all indexed and summarised%n",
                scenario.replicas(), throughput);
        if (!caughtUp) {
            System.out.printf("  NOT caught up %d s after the fault ended%n", catchUpTimeout.toSeconds());
        }
        Thread.sleep(QUIET.toMillis()); // let late redeliveries land before counting copies
        if (reused > 0) {
            System.out.printf("  %d acknowledged ids belong to articles of an earlier scenario (same text after extraction)%n", reused);
        }
        ScenarioResult result = verify(scenario, ctx, ids, reused, feeder, indexBefore, caughtUp ? recovery : Double.NaN, note.get(),
                faultError.get(), throughput);
        if (!feeder.rejected().isEmpty()) {
            System.out.println("  rejected (externalId=status, -1 = never acknowledged): " + sample(feeder.rejected()));
        }
        return result;
    }

    /**
     * The body with a marker sentence at the end of its longest line, so each scenario's copy is a
     * distinct article (its own content hash). The longest line is body prose: extraction keeps it,
     * where a first line may become the title and a last one may be trimmed as boilerplate.
     */
    static String marked(String body, String marker) {
        String[] lines = body.split("\n", -1);
        int longest = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].length() > lines[longest].length()) {
                longest = i;
            }
        }
        lines[longest] = lines[longest].stripTrailing() + " " + marker;
        return String.join("\n", lines);
    }

    /** Polls until every accepted article is indexed and has its analysis row. */
    private boolean awaitCaughtUp(Set<String> ids) throws InterruptedException {
        long end = System.nanoTime() + catchUpTimeout.toNanos();
        while (System.nanoTime() < end) {
            if (probe.indexedCount(ids) == ids.size() && probe.analysisRows(ids).size() == ids.size()) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private ScenarioResult verify(Scenario scenario, FaultContext ctx, Set<String> ids, long reused, ArticleFeeder feeder, long indexBefore,
                                  double recovery, String note, Throwable faultError, double throughput) throws Exception {
        Map<String, Integer> copies = probe.indexCopies(ids);
        Map<String, Integer> analyses = probe.analysisRows(ids);
        Map<String, Integer> failures = probe.analysisFailures(ids);
        long indexAfter = probe.indexTotal();
        int missingIngest = 0;
        int missingIndex = 0;
        int missingAnalysis = 0;
        int notServed = 0;
        int summarised = 0;
        int lost = 0;
        int duplicated = 0;
        List<String> lostSample = new ArrayList<>();
        for (String id : ids) {
            boolean inIngest = probe.storedInIngest(id);
            boolean indexed = copies.getOrDefault(id, 0) >= 1;
            boolean analysed = analyses.getOrDefault(id, 0) >= 1;
            boolean served = probe.summaryServed(id);
            missingIngest += inIngest ? 0 : 1;
            missingIndex += indexed ? 0 : 1;
            missingAnalysis += analysed ? 0 : 1;
            notServed += served ? 0 : 1;
            summarised += analysed && served ? 1 : 0;
            if (!(inIngest && indexed && analysed && served)) {
                lost++;
                if (lostSample.size() < 5) {
                    lostSample.add(id + (inIngest ? "" : " !ingest") + (indexed ? "" : " !index") + (analysed ? "" : " !analysis")
                            + (served ? "" : " !summary-api") + (failures.containsKey(id) ? " (analysis failure recorded)" : ""));
                }
            }
            if (copies.getOrDefault(id, 0) > 1 || analyses.getOrDefault(id, 0) > 1) {
                duplicated++;
            }
        }
        duplicated += feeder.duplicateAcks();
        long indexDelta = indexBefore >= 0 && indexAfter >= 0 ? indexAfter - indexBefore : -1;
        String problem = null;
        if (indexDelta >= 0 && indexDelta != ids.size() - reused) {
            problem = "index grew by " + indexDelta + " documents for " + (ids.size() - reused) + " new accepted articles";
        }
        String own = scenario.fault().problemAfterwards(ctx);
        if (own != null) {
            problem = problem == null ? own : problem + "; " + own;
        }
        if (faultError != null) {
            problem = (problem == null ? "" : problem + "; ") + "fault failed: " + faultError;
        }
        System.out.printf("  checked %d accepted: missing in ingest %d, in index %d, analysis rows %d, summary API %d; "
                        + "%d with a recorded analysis failure; index docs %d -> %d; duplicate acks %d%n",
                ids.size(), missingIngest, missingIndex, missingAnalysis, notServed, failures.size(), indexBefore, indexAfter,
                feeder.duplicateAcks());
        if (!lostSample.isEmpty()) {
            System.out.println("  lost, e.g.: " + lostSample);
        }
        if (problem != null) {
            System.out.println("  PROBLEM: " + problem);
        }
        int indexed = (int) copies.values().stream().filter(c -> c >= 1).count();
        return new ScenarioResult(scenario.name(), ids.size(), feeder.rejected().size(), feeder.resends(), indexed,
                summarised,
                lost, duplicated, recovery, note, problem, scenario.replicas(), throughput);
    }

    /** Adds or stops (newest first, politely) instances until every service runs {@code replicas} of them. */
    private void scaleTo(int replicas) {
        for (ServiceSpec spec : ServiceSpec.values()) {
            while (stack.instances(spec).size() < replicas) {
                QuarkusService added = stack.addInstance(spec);
                System.out.printf("  started %s on %s (ready in %d ms)%n", added.name(), added.url(), added.lastStartup().toMillis());
            }
            while (stack.instances(spec).size() > replicas) {
                List<QuarkusService> all = stack.instances(spec);
                QuarkusService newest = all.get(all.size() - 1);
                stack.removeInstance(newest);
                System.out.printf("  stopped %s%n", newest.name());
            }
        }
    }

    private static String sample(Map<String, Integer> m) {
        return m.entrySet().stream().limit(5).map(e -> e.getKey() + "=" + e.getValue()).toList() + (m.size() > 5 ? " ..." : "");
    }
}
