package io.newslens.search.messaging;

import io.newslens.common.events.ArticleParsed;
import io.newslens.search.index.ArticleIndexer;
import io.newslens.search.index.IndexManager;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/** Indexes batches from topic {@code articles}; offsets are committed after the method returns. */
@ApplicationScoped
public class ArticlesConsumer {

    private final EventBatchWriter writer;
    private final ArticleIndexer indexer;
    private final IndexManager indices;

    public ArticlesConsumer(EventBatchWriter writer, ArticleIndexer indexer, IndexManager indices) {
        this.writer = writer;
        this.indexer = indexer;
        this.indices = indices;
    }

    @Incoming("articles")
    @Blocking
    public void consume(ConsumerRecords<String, ArticleParsed> batch) {
        List<ConsumerRecord<String, ArticleParsed>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        writer.write(records, ArticleParsed::id, EventValidation::article,
                events -> indexer.indexArticles(indices.alias(), events));
    }
}
