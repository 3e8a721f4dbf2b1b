package io.newslens.search.messaging;

import io.newslens.common.events.SummaryComputed;
import io.newslens.search.index.ArticleIndexer;
import io.newslens.search.index.IndexManager;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/** Merges batches from topic {@code summaries} into the article documents. */
@ApplicationScoped
public class SummariesConsumer {

    private final EventBatchWriter writer;
    private final ArticleIndexer indexer;
    private final IndexManager indices;

    public SummariesConsumer(EventBatchWriter writer, ArticleIndexer indexer, IndexManager indices) {
        this.writer = writer;
        this.indexer = indexer;
        this.indices = indices;
    }

    @Incoming("summaries")
    @Blocking
    public void consume(ConsumerRecords<String, SummaryComputed> batch) {
        List<ConsumerRecord<String, SummaryComputed>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        writer.write(records, SummaryComputed::articleId, EventValidation::summary,
                events -> indexer.indexSummaries(indices.alias(), events));
    }
}
