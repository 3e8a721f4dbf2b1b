package io.newslens.search.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.SummaryComputed;
import io.newslens.common.events.Topics;
import io.newslens.search.config.SearchConfig;
import io.newslens.search.embedding.EmbeddingWorker;
import io.newslens.search.messaging.EventValidation;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the index without search downtime: creates the next index version, replays {@code articles}
 * and {@code summaries} from the beginning with a new consumer group into it, switches the alias in one
 * atomic request once the replay has caught up, then replays what arrived before the switch (the live
 * consumers wrote that to the old index). Writes are idempotent and version-ordered, so replaying an
 * event twice is harmless. The old index is kept for rollback.
 */
@ApplicationScoped
public class ReindexService {

    private static final Logger LOG = Logger.getLogger(ReindexService.class);

    private final IndexManager indices;
    private final ArticleIndexer indexer;
    private final RestClient rest;
    private final SearchConfig config;
    private final ObjectMapper json;
    private final String bootstrap;
    private final EmbeddingWorker embedding;
    private final ReindexProgressStore store;
    private final AtomicReference<ReindexProgress> progress = new AtomicReference<>(ReindexProgress.idle());

    public ReindexService(IndexManager indices, ArticleIndexer indexer, RestClient rest, SearchConfig config,
                          ObjectMapper json, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                          EmbeddingWorker embedding, ReindexProgressStore store) {
        this.embedding = embedding;
        this.store = store;
        this.indices = indices;
        this.indexer = indexer;
        this.rest = rest;
        this.config = config;
        this.json = json;
        this.bootstrap = bootstrap;
    }

    /**
     * The reindex running here, else the last one any instance saved (a running one whose instance stopped
     * saving for {@link #HEARTBEAT_TIMEOUT} is reported INTERRUPTED), else what this instance knows.
     */
    public ReindexProgress progress() {
        ReindexProgress local = progress.get();
        if (local.running()) {
            return local;
        }
        try {
            return store.load().map(ReindexService::reported).orElse(local);
        } catch (IOException | RuntimeException e) {
            return local; // Elasticsearch unreachable: what this instance knows
        }
    }

    /** A batch saves progress about every second; this long without a save means nobody is running it. */
    static final java.time.Duration HEARTBEAT_TIMEOUT = java.time.Duration.ofMinutes(2);

    private static ReindexProgress reported(ReindexProgressStore.Saved saved) {
        boolean stale = saved.savedAt().plus(HEARTBEAT_TIMEOUT).isBefore(Instant.now());
        return saved.progress().running() && stale ? saved.progress().interrupted(saved.savedAt()) : saved.progress();
    }

    /** Starts a reindex; empty if one is already running here or, by its saved progress, in another instance. */
    public synchronized java.util.Optional<ReindexProgress> start() throws IOException {
        if (progress.get().running() || store.load().map(ReindexService::reported).filter(ReindexProgress::running).isPresent()) {
            return java.util.Optional.empty();
        }
        indices.ensureIndex();
        String source = indices.currentIndex().orElseThrow(() -> new IOException("alias has no index"));
        String target = indices.indexName(indices.versionOf(source) + 1);
        deleteIfExists(target); // a leftover of an earlier, failed reindex
        indices.createIndex(target, false);
        ReindexProgress p = new ReindexProgress(ReindexProgress.State.REPLAYING, source, target, 0, 0, 0, 0,
                Instant.now(), null, null, null);
        progress.set(p);
        save();
        Thread t = new Thread(() -> run(source, target), "reindex-" + target);
        t.setDaemon(true);
        t.start();
        return java.util.Optional.of(p);
    }

    private void deleteIfExists(String index) throws IOException {
        try {
            rest.performRequest(new Request("DELETE", "/" + index));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw e;
            }
        }
    }

    private void run(String source, String target) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "search-reindex-" + target + "-" + System.currentTimeMillis());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.ARTICLES, Topics.SUMMARIES)) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic);
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            replayUntilCaughtUp(consumer, partitions, source, target);
            update(ReindexProgress.State.SWITCHING, null);
            indices.refresh(target);
            indices.switchAlias(source, target);
            update(ReindexProgress.State.CATCHING_UP, null);
            embedding.requestScan(); // vectors of articles the live index had not embedded yet
            // events the live consumers wrote to the old index just before the switch
            replayUntilCaughtUp(consumer, partitions, source, target);
            update(ReindexProgress.State.DONE, null);
            embedding.requestScan();
            LOG.infof("reindex into %s done: %s", target, progress.get());
        } catch (Exception e) {
            LOG.errorf(e, "reindex into %s failed; the alias still points at %s unless it was switched", target, source);
            update(ReindexProgress.State.FAILED, e.toString());
        }
    }

    private void replayUntilCaughtUp(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
                                     String source, String target) throws IOException, InterruptedException {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (true) {
            long lag = 0;
            for (TopicPartition tp : partitions) {
                lag += Math.max(0, end.get(tp) - consumer.position(tp));
            }
            long l = lag;
            progress.updateAndGet(p -> p.withLag(l));
            if (lag == 0) {
                return;
            }
            ConsumerRecords<String, byte[]> records = consumer.poll(config.indexing().reindexPoll());
            List<ArticleParsed> articles = new ArrayList<>();
            List<SummaryComputed> summaries = new ArrayList<>();
            long poison = 0;
            for (ConsumerRecord<String, byte[]> r : records) {
                try {
                    if (r.value() == null) {
                        continue;
                    }
                    if (r.topic().equals(Topics.ARTICLES)) {
                        ArticleParsed a = json.readValue(r.value(), ArticleParsed.class);
                        if (EventValidation.article(a) == null) {
                            articles.add(a);
                        } else {
                            poison++;
                        }
                    } else {
                        SummaryComputed s = json.readValue(r.value(), SummaryComputed.class);
                        if (EventValidation.summary(s) == null) {
                            summaries.add(s);
                        } else {
                            poison++;
                        }
                    }
                } catch (Exception e) {
                    poison++; // already dead-lettered by the live consumer
                }
            }
            writeWithRetry(source, target, articles, summaries);
            consumer.commitSync();
            long skipped = poison;
            progress.updateAndGet(p -> p.plusRead(articles.size(), summaries.size(), skipped));
            save();
        }
    }

    private void writeWithRetry(String source, String target, List<ArticleParsed> articles, List<SummaryComputed> summaries)
            throws InterruptedException {
        long backoff = config.indexing().initialBackoff().toMillis();
        while (true) {
            try {
                if (!articles.isEmpty()) {
                    indexer.indexArticles(target, articles, source);
                }
                if (!summaries.isEmpty()) {
                    indexer.indexSummaries(target, summaries);
                }
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("reindex write failed (%s); retrying in %d ms", e.toString(), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, config.indexing().maxBackoff().toMillis());
            }
        }
    }

    private void update(ReindexProgress.State state, String error) {
        progress.updateAndGet(p -> p.withState(state, error));
        save();
    }

    /** Best effort: the reindex goes on when its progress cannot be saved (GET then reports this instance's view). */
    private void save() {
        try {
            store.save(progress.get());
        } catch (IOException | RuntimeException e) {
            LOG.debugf("could not save reindex progress: %s", e.toString());
        }
    }
}
