package io.newslens.search.messaging;

import io.newslens.common.events.ArticleParsed;
import io.newslens.search.embedding.EmbeddingWorker;
import io.newslens.search.index.ArticleIndexer;
import io.newslens.search.index.IndexManager;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/**
 * Indexes batches from topic {@code articles}; offsets are committed after the method returns, that is
 * after Elasticsearch accepted the batch. Vectors are not computed here: the written ids are handed to
 * the background {@link EmbeddingWorker}, so the model never slows indexing down.
 *
 * <p>Batches are written by up to {@code smallrye.messaging.worker.articles-indexing.max-concurrency}
 * workers at once, so the next batch is read, decoded and merged while Elasticsearch indexes the previous
 * one. Out-of-order writes are safe: every write is merged by article version and guarded by
 * {@code if_seq_no} (see {@link ArticleIndexer}), and the throttled commit strategy only commits an
 * offset once every record before it is processed.
 */
@ApplicationScoped
public class ArticlesConsumer {

    private final EventBatchWriter writer;
    private final ArticleIndexer indexer;
    private final IndexManager indices;
    private final EmbeddingWorker embedding;

    public ArticlesConsumer(EventBatchWriter writer, ArticleIndexer indexer, IndexManager indices,
                            EmbeddingWorker embedding) {
        this.writer = writer;
        this.indexer = indexer;
        this.indices = indices;
        this.embedding = embedding;
    }

    @Incoming("articles")
    @Blocking(value = "articles-indexing", ordered = false)
    public void consume(ConsumerRecords<String, ArticleParsed> batch) {
        List<ConsumerRecord<String, ArticleParsed>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        List<String> written = List.of();
        embedding.indexingStarted();
        try {
            written = writer.write(records, ArticleParsed::id, EventValidation::article,
                    events -> indexer.indexArticles(indices.alias(), events)).writtenIds();
        } finally {
            embedding.indexingEnded(written);
        }
    }
}
