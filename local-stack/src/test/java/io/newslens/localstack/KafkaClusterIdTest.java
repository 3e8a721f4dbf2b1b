package io.newslens.localstack;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KafkaClusterIdTest {

    @Test
    void clusterIdsNeverLookLikeAnOption() {
        // 1 in 64 raw ids starts with '-': 5,000 draws would almost surely include some
        for (int i = 0; i < 5000; i++) {
            String id = KafkaBroker.clusterId();
            assertEquals(22, id.length(), id);
            assertFalse(id.startsWith("-"), id);
        }
    }
}
