package io.newslens.bench.faults;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The part of the fault suite (bench/faults) that fits in the test command: a broker crash, a
 * service crash with redelivery, a crash of the consumer before its commit and poison records, then
 * the scale-out scenarios with two instances of every service (no fault, a rolling restart, one of two
 * killed, a reindex while the other instance serves, re-analysis on both), each while 150 real FNC-1
 * bodies go through the packaged services. The full suite (all scenarios, 2,000 articles each) is
 * {@code bench/faults}.
 */
class FaultSuiteIT {

    private static final int ARTICLES = Integer.getInteger("newslens.faults.articles", 150);
    private static final List<String> SCENARIOS = List.of("baseline", "kafka-kill", "kill-search", "redeliver-summary", "poison",
            "replicas-2", "rolling-restart", "kill-one-of-two", "reindex-while-serving", "reanalyse-two-instances");

    @Test
    void everyAcceptedArticleIsIndexedAndSummarisedExactlyOnceWhateverFails() throws Exception {
        Path shared = Path.of(System.getProperty("newslens.shared.dir", "../../shared"));
        assumeTrue(Files.isRegularFile(shared.resolve("benchmarks/fnc-1/train_bodies.csv")),
                "FNC-1 bodies not found under " + shared.toAbsolutePath() + ": the fault scenarios need real articles");
        Path repo = Path.of(System.getProperty("newslens.repo.dir", "..")).toAbsolutePath().normalize();
        List<Scenario> scenarios = Scenarios.select(SCENARIOS);
        assertEquals(SCENARIOS.size(), scenarios.size(), "scenario names changed");

        List<ScenarioResult> results = FaultSuite.runScenarios(repo, Corpus.fnc1(shared).subList(0, ARTICLES), scenarios,
                Duration.ofMinutes(5));
        FaultSuite.report(results, ARTICLES);

        assertEquals(SCENARIOS.size(), results.size());
        for (ScenarioResult r : results) {
            assertFalse(r.failed(), r.name() + ": " + r);
            assertTrue(r.accepted() >= ARTICLES * 9 / 10, r.name() + " accepted only " + r.accepted());
            assertEquals(r.accepted(), r.indexed(), r.name() + " indexed");
            assertEquals(r.accepted(), r.summarised(), r.name() + " summarised");
            assertEquals(0, r.lost(), r.name() + " lost");
            assertEquals(0, r.duplicated(), r.name() + " duplicated");
        }
    }
}
