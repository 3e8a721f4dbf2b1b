package io.newslens.support.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a starting instance out of its Service until every Kafka consumer of the service has joined
 * its group: Kafka calls {@code onPartitionsAssigned} at the end of each rebalance a consumer takes
 * part in, even when it gets no partition (more instances than partitions), so a consumer seen there
 * once is a member. Without this gate a rollout could stop the old instance while the new one has not
 * taken over its partitions yet. Each incoming channel names this listener:
 * {@code mp.messaging.incoming.<channel>.consumer-rebalance-listener.name=newslens-consumers-joined}.
 */
@Readiness
@ApplicationScoped
@Identifier(ConsumersJoinedReadiness.LISTENER)
public class ConsumersJoinedReadiness implements HealthCheck, KafkaConsumerRebalanceListener {

    public static final String LISTENER = "newslens-consumers-joined";

    private final Set<Consumer<?, ?>> joined = ConcurrentHashMap.newKeySet();
    private final KafkaClientService kafka;

    @Inject
    public ConsumersJoinedReadiness(KafkaClientService kafka) {
        this.kafka = kafka;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        joined.add(consumer);
    }

    @Override
    public HealthCheckResponse call() {
        int expected = kafka.getConsumerChannels().size();
        int members = joined.size();
        return HealthCheckResponse.named("Kafka consumers joined their groups")
                .status(members >= expected)
                .withData("consumers", expected)
                .withData("joined", members)
                .build();
    }
}
