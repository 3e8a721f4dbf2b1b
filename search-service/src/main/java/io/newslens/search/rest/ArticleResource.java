package io.newslens.search.rest;

import io.newslens.search.domain.ArticleDocument;
import io.newslens.search.service.ArticleService;
import io.newslens.search.service.BadParameterException;
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

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Path("/{id}")
    public ArticleDocument get(@PathParam("id") String id) {
        checkId(id);
        return articles.find(id).orElseThrow(() -> new NotFoundException("no indexed article " + id));
    }

    static void checkId(String id) {
        if (id == null || id.isBlank() || id.length() > 512) {
            throw new BadParameterException("id", "id must be 1 to 512 characters");
        }
    }
}
