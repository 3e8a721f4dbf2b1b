package io.newslens.search.rest;

import io.newslens.search.domain.SearchResult;
import io.newslens.search.service.SearchService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;
    private final SearchParamsParser params;

    public SearchResource(SearchService search, SearchParamsParser params) {
        this.search = search;
        this.params = params;
    }

    /** Non-blocking: keyword searches stay on the event loop, the others move to a worker (SearchService). */
    @GET
    @Operation(summary = "Search articles",
            description = "q: words, \"phrases\", AND/OR/NOT, +/-, prefix*, (groups), title:/author:/publisher:. "
                    + "Plain words are natural language (one or two must all match, of more any may; BM25 ranks). "
                    + "A \"phrase\" beside plain words ranks them higher where it occurs; +\"phrase\" requires it. "
                    + "+word and both sides of AND must match, -word/NOT exclude, OR wants one side. In a query that "
                    + "reads as prose (sentence punctuation , ; : ! ? after a word, all capitals, or title case of four "
                    + "or more long words) AND/OR/NOT are words; &&, ||, ! are operators everywhere; parentheses "
                    + "around plain words only are plain words. "
                    + "mode=keyword|semantic|hybrid (none: hybrid for four or more plain words, else keyword), "
                    + "sort=relevance|date, page/size or cursor, filters, facets.")
    public Uni<SearchResult> search(@BeanParam SearchQueryParams raw) {
        return search.search(params.parse(raw));
    }
}
