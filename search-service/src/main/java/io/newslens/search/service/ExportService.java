package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.search.domain.SearchHit;
import io.newslens.search.index.IndexManager;
import io.newslens.search.service.answer.SearchAnswer;
import io.newslens.search.service.answer.SearchAnswerClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Streams every hit of a keyword query as NDJSON, paging with search_after (no result-window limit).
 * The first page is fetched before the response starts so that errors still get a proper status.
 */
@ApplicationScoped
public class ExportService {

    private final SearchAnswerClient answers;
    private final IndexManager indices;
    private final ElasticsearchCalls calls;
    private final ObjectMapper json;
    private final io.newslens.search.config.SearchConfig config;

    public ExportService(SearchAnswerClient answers, IndexManager indices, ElasticsearchCalls calls, ObjectMapper json,
                         io.newslens.search.config.SearchConfig config) {
        this.config = config;
        this.answers = answers;
        this.indices = indices;
        this.calls = calls;
        this.json = json;
    }

    public final class Export {
        private final Query query;
        private final SearchRequestParams params;
        private SearchAnswer page;

        Export(Query query, SearchRequestParams params, SearchAnswer first) {
            this.query = query;
            this.params = params;
            this.page = first;
        }

        public void writeTo(OutputStream out) throws IOException {
            while (true) {
                List<SearchAnswer.Hit> hits = page.hits().hits();
                for (SearchAnswer.Hit h : hits) {
                    SearchHit sh = SearchService.toHit(h);
                    out.write(json.writeValueAsBytes(sh.rescored(sh.score(), false)));
                    out.write('\n');
                }
                out.flush();
                if (hits.size() < config.limits().exportPageSize()) {
                    return;
                }
                page = fetch(query, params, hits.get(hits.size() - 1).sort());
            }
        }
    }

    /** Fetches the first page (counting up to the export limit) so a refused or failing export still gets a status. */
    public Export start(SearchRequestParams p) {
        Query query = SearchService.keywordQuery(p);
        SearchAnswer first = fetch(query, p, null);
        int max = config.limits().maxExportHits();
        if (first.hits().total() != null && first.hits().total().value() > max) {
            throw new BadParameterException("q", "the export matches more than " + max
                    + " hits (newslens.search.limits.max-export-hits); narrow it with filters");
        }
        return new Export(query, p, first);
    }

    private SearchAnswer fetch(Query query, SearchRequestParams p, List<Object> after) {
        SearchRequest request = SearchRequest.of(s -> {
            s.index(indices.alias()).query(query).size(config.limits().exportPageSize()).sort(SearchQueryBuilder.sort(p.sort()))
                    .trackTotalHits(t -> after == null ? t.count(config.limits().maxExportHits() + 1) : t.enabled(false))
                    .source(SearchQueryBuilder.hitSource());
            if (after != null) {
                s.searchAfter(after.stream().map(FieldValue::of).toList());
            }
            return s;
        });
        return calls.read("q", () -> answers.search(request));
    }
}
