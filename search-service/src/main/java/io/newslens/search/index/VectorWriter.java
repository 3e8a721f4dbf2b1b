package io.newslens.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newslens.search.domain.ArticleDocument;
import io.newslens.search.embedding.ArticleEmbeddingText;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the documents that lack a vector for their current version and adds vectors with partial
 * updates ({@code update} with {@code doc}: only {@code embedding} and {@code embeddingVersion}).
 * Each update carries the {@code if_seq_no}/{@code if_primary_term} of the read, so a vector computed
 * from an older version can never land on a newer document: any write in between (a new article
 * version, a summary) makes the update conflict, and the caller re-reads.
 */
@ApplicationScoped
public class VectorWriter {

    private static final List<String> READ_FIELDS;

    static {
        List<String> f = new ArrayList<>(ArticleEmbeddingText.SOURCE_FIELDS);
        f.add("version");
        f.add("embeddingVersion");
        READ_FIELDS = List.copyOf(f);
    }

    /** A document as read, with what its update must be conditioned on. */
    public record Snapshot(String index, String id, long version, long seqNo, long primaryTerm, ArticleDocument doc) {
    }

    /** What a write did: ids given a vector, ids whose document changed since the read (re-read them). */
    public record Outcome(List<String> written, List<String> conflicted) {
    }

    private final ElasticsearchClient es;
    private final IndexManager indices;

    public VectorWriter(ElasticsearchClient es, IndexManager indices) {
        this.es = es;
        this.indices = indices;
    }

    /** Documents behind the alias (realtime get) whose article half has no vector for its version yet. */
    public List<Snapshot> needingVectors(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        MgetResponse<ArticleDocument> r = es.mget(m -> m.index(indices.alias()).ids(new ArrayList<>(ids))
                .sourceIncludes(READ_FIELDS), ArticleDocument.class);
        List<Snapshot> out = new ArrayList<>();
        for (MultiGetResponseItem<ArticleDocument> item : r.docs()) {
            if (item.isFailure()) {
                throw new IOException("mget failed: " + item.failure().error().reason());
            }
            GetResult<ArticleDocument> g = item.result();
            ArticleDocument d = g.found() ? g.source() : null;
            if (d != null && d.hasArticle() && !Objects.equals(d.embeddingVersion, d.version)) {
                out.add(new Snapshot(g.index(), g.id(), d.version, g.seqNo(), g.primaryTerm(), d));
            }
        }
        return out;
    }

    /**
     * Adds each snapshot's vector, conditioned on the snapshot's sequence number and written into the
     * concrete index it was read from (never into an index the alias was switched to meanwhile).
     */
    public Outcome write(List<Snapshot> snapshots, Map<String, float[]> vectors) throws IOException {
        List<BulkOperation> ops = new ArrayList<>();
        List<String> opIds = new ArrayList<>();
        for (Snapshot s : snapshots) {
            float[] v = vectors.get(s.id());
            if (v == null) {
                continue;
            }
            Map<String, Object> partial = new LinkedHashMap<>();
            partial.put("embedding", v);
            partial.put("embeddingVersion", s.version());
            ops.add(BulkOperation.of(b -> b.update(u -> u.index(s.index()).id(s.id())
                    .ifSeqNo(s.seqNo()).ifPrimaryTerm(s.primaryTerm()).action(a -> a.doc(partial)))));
            opIds.add(s.id());
        }
        List<String> written = new ArrayList<>();
        List<String> conflicted = new ArrayList<>();
        if (ops.isEmpty()) {
            return new Outcome(written, conflicted);
        }
        BulkResponse resp = es.bulk(b -> b.operations(ops));
        for (int i = 0; i < resp.items().size(); i++) {
            BulkResponseItem it = resp.items().get(i);
            if (it.error() == null) {
                written.add(opIds.get(i));
            } else if (it.status() == 409) {
                conflicted.add(opIds.get(i));
            } else if (it.status() == 429 || it.status() >= 500) {
                throw new IOException("Elasticsearch could not take the vectors (" + it.status() + "); retrying");
            } // 404: the document is gone; anything else (a mapping error) is not retried with the same vector
        }
        return new Outcome(written, conflicted);
    }

    /** Up to {@code size} ids without a vector for their version, in id order after {@code after} (null: from the start). */
    public List<String> idsWithoutVector(String after, int size) throws IOException {
        SearchResponse<Void> r = es.search(s -> {
            s.index(indices.alias()).size(size).source(src -> src.fetch(false)).query(withoutVector())
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (after != null) {
                s.searchAfter(FieldValue.of(after));
            }
            return s;
        }, Void.class);
        return r.hits().hits().stream().map(Hit::id).toList();
    }

    /** Articles behind the alias that have no vector for their current version (as of the last refresh). */
    public long countWithoutVector() throws IOException {
        return es.count(c -> c.index(indices.alias()).query(withoutVector())).count();
    }

    /**
     * Article half present, no vector version. Every article write without a vector for its own version
     * removes {@code embeddingVersion} (see DocumentMerger.withArticle), so this needs no script comparing fields.
     */
    static Query withoutVector() {
        return Query.of(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field("version")))
                .mustNot(m -> m.exists(e -> e.field("embeddingVersion")))));
    }
}
