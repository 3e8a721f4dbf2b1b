package io.newslens.localstack.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplicaCountsTest {

    @Test
    void oneNumberCountsForEveryService() {
        assertEquals(Map.of(ServiceSpec.INGEST, 2, ServiceSpec.SEARCH, 2, ServiceSpec.SUMMARY, 2), ReplicaCounts.parse("2"));
    }

    @Test
    void servicesByShortOrModuleNameAndTheRestRunOnce() {
        assertEquals(Map.of(ServiceSpec.SEARCH, 3, ServiceSpec.SUMMARY, 2), ReplicaCounts.parse(" search=3, summary-service=2 "));
    }

    @Test
    void nothingMeansOneOfEach() {
        assertTrue(ReplicaCounts.parse(null).isEmpty());
        assertTrue(ReplicaCounts.parse(" ").isEmpty());
    }

    @Test
    void badInputSaysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReplicaCounts.parse("0")).getMessage().contains("from 1 to"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReplicaCounts.parse("search=x")).getMessage().contains("'x'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReplicaCounts.parse("index=2")).getMessage().contains("no service"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReplicaCounts.parse("search")).getMessage().contains("not a count"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReplicaCounts.parse("search=2,summary")).getMessage()
                .contains("service=count"));
    }
}
