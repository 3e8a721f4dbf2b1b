package io.newslens.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.SummaryComputed;
import io.newslens.search.config.SearchConfig;
import io.newslens.search.domain.ArticleDocument;
import io.newslens.search.embedding.EmbeddingService;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes batches of events into an index with one {@code _mget} and one {@code _bulk} per round.
 * Ordering without scripts (the core-only cluster has no painless): read the current documents, merge
 * in the service, and write back with {@code if_seq_no}/{@code if_primary_term} (or {@code create} for
 * new ids); a concurrent writer makes the write conflict and the id is re-read and re-merged.
 * Transport failures propagate so the caller can retry the whole (idempotent) batch.
 */
@ApplicationScoped
public class ArticleIndexer {

    private final ElasticsearchClient es;
    private final EmbeddingService embeddings;
    private final SearchConfig config;

    public ArticleIndexer(ElasticsearchClient es, EmbeddingService embeddings, SearchConfig config) {
        this.es = es;
        this.embeddings = embeddings;
        this.config = config;
    }

    public IndexResult indexArticles(String target, List<ArticleParsed> events) throws IOException {
        return indexArticles(target, events, null);
    }

    /**
     * Writes the article half without running the embedding model: the vector is added afterwards, off
     * this path, by {@link io.newslens.search.embedding.EmbeddingWorker} (the written ids are returned for it).
     *
     * @param vectorSource an index whose vectors may be reused for the same article version (a reindex
     *                     copies them from the live index instead of running the model again); may be null
     */
    public IndexResult indexArticles(String target, List<ArticleParsed> events, String vectorSource)
            throws IOException {
        Map<String, ArticleParsed> latest = new LinkedHashMap<>();
        for (ArticleParsed a : events) {
            latest.merge(a.id(), a, (x, y) -> DocumentMerger.articleOrder().compare(x, y) >= 0 ? x : y);
        }
        Map<String, float[]> vectors = vectorSource == null ? Map.of() : knownVectors(vectorSource, latest);
        Map<String, UnaryOperator<ArticleDocument>> updates = new LinkedHashMap<>();
        latest.forEach((id, a) -> updates.put(id, cur -> DocumentMerger.isNewer(cur, a)
                ? DocumentMerger.withArticle(cur, a, vectors.get(id)) : null));
        return apply(target, updates);
    }

    public IndexResult indexSummaries(String target, List<SummaryComputed> events) throws IOException {
        Map<String, SummaryComputed> latest = new LinkedHashMap<>();
        for (SummaryComputed s : events) {
            latest.merge(s.articleId(), s, (x, y) -> DocumentMerger.summaryOrder().compare(x, y) >= 0 ? x : y);
        }
        Map<String, UnaryOperator<ArticleDocument>> updates = new LinkedHashMap<>();
        latest.forEach((id, s) -> updates.put(id, cur -> DocumentMerger.isNewer(cur, s)
                ? DocumentMerger.withSummary(cur, s) : null));
        return apply(target, updates);
    }

    private Map<String, float[]> knownVectors(String index, Map<String, ArticleParsed> latest) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        if (latest.isEmpty() || !embeddings.enabled()) {
            return out;
        }
        MgetResponse<ArticleDocument> r;
        try {
            r = es.mget(m -> m.index(index).ids(new ArrayList<>(latest.keySet()))
                    .sourceIncludes(List.of("embeddingVersion", "embedding")), ArticleDocument.class);
        } catch (RuntimeException e) {
            return out; // the old index is gone: compute the vectors instead
        }
        for (MultiGetResponseItem<ArticleDocument> item : r.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                ArticleDocument d = item.result().source();
                ArticleParsed a = latest.get(item.result().id());
                if (d.embedding != null && d.embeddingVersion != null && a != null && d.embeddingVersion == a.version()) {
                    out.put(a.id(), d.embedding);
                }
            }
        }
        return out;
    }

    private IndexResult apply(String target, Map<String, UnaryOperator<ArticleDocument>> updates) throws IOException {
        Map<String, String> rejected = new LinkedHashMap<>();
        Set<String> pending = new LinkedHashSet<>(updates.keySet());
        List<String> written = new ArrayList<>();
        int stale = 0;
        for (int round = 0; !pending.isEmpty(); round++) {
            if (round > config.indexing().conflictRetries()) {
                throw new IOException("write conflicts persisted for " + pending.size() + " documents");
            }
            MgetResponse<ArticleDocument> current = es.mget(m -> m.index(target).ids(new ArrayList<>(pending)),
                    ArticleDocument.class);
            List<BulkOperation> ops = new ArrayList<>();
            List<String> opIds = new ArrayList<>();
            for (MultiGetResponseItem<ArticleDocument> item : current.docs()) {
                if (item.isFailure()) {
                    throw new IOException("mget failed: " + item.failure().error().reason());
                }
                GetResult<ArticleDocument> r = item.result();
                ArticleDocument cur = r.found() ? r.source() : null;
                ArticleDocument next = updates.get(r.id()).apply(cur);
                if (next == null) {
                    stale++;
                    pending.remove(r.id());
                    continue;
                }
                if (cur == null) {
                    ops.add(BulkOperation.of(b -> b.create(c -> c.index(target).id(r.id()).document(next))));
                } else {
                    long seqNo = r.seqNo();
                    long term = r.primaryTerm();
                    ops.add(BulkOperation.of(b -> b.index(i -> i.index(target).id(r.id())
                            .ifSeqNo(seqNo).ifPrimaryTerm(term).document(next))));
                }
                opIds.add(r.id());
            }
            if (ops.isEmpty()) {
                break;
            }
            BulkResponse resp = es.bulk(b -> b.operations(ops));
            boolean transientFailure = false;
            for (int i = 0; i < resp.items().size(); i++) {
                BulkResponseItem it = resp.items().get(i);
                String id = opIds.get(i);
                if (it.error() == null) {
                    written.add(id);
                    pending.remove(id);
                } else if (it.status() == 409) {
                    // a concurrent writer got there first: re-read and merge again next round
                } else if (it.status() == 429 || it.status() >= 500) {
                    transientFailure = true;
                } else {
                    rejected.put(id, it.error().type() + ": " + it.error().reason());
                    pending.remove(id);
                }
            }
            if (transientFailure) {
                throw new IOException("Elasticsearch could not take part of the batch (429/5xx); retrying");
            }
        }
        return new IndexResult(written, stale, rejected);
    }
}
