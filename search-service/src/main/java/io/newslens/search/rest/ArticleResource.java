package io.newslens.search.rest;

import io.newslens.search.config.SearchConfig;
import io.newslens.search.domain.ArticleDocument;
import io.newslens.search.service.ArticleService;
import io.newslens.search.service.BadParameterException;
import io.newslens.search.service.SimilarService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ArticleResource {

    private final ArticleService articles;
    private final SimilarService similar;
    private final SearchConfig config;

    public ArticleResource(ArticleService articles, SimilarService similar, SearchConfig config) {
        this.articles = articles;
        this.similar = similar;
        this.config = config;
    }

    @GET
    @Path("/{id}")
    public ArticleDocument get(@PathParam("id") String id) {
        checkId(id);
        return articles.find(id).orElseThrow(() -> new NotFoundException("no indexed article " + id));
    }

    @GET
    @Path("/{id}/similar")
    public java.util.Map<String, Object> similar(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("size") String size) {
        checkId(id);
        int n = SearchParamsParser.intOf("size", size, 10);
        int max = config.limits().maxSimilar();
        if (n < 1 || n > max) {
            throw new BadParameterException("size", "size must be between 1 and " + max + " (newslens.search.limits.max-similar)");
        }
        return java.util.Map.of("id", id, "hits", similar.similar(id, n)
                .orElseThrow(() -> new NotFoundException("no indexed article " + id)));
    }

    static void checkId(String id) {
        if (id == null || id.isBlank() || id.length() > 512) {
            throw new BadParameterException("id", "id must be 1 to 512 characters");
        }
    }
}
