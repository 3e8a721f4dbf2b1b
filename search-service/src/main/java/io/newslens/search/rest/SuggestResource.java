package io.newslens.search.rest;

import io.newslens.search.config.SearchConfig;
import io.newslens.search.service.BadParameterException;
import io.newslens.search.service.SuggestService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SuggestResource {

    private final SuggestService suggest;
    private final SearchConfig config;

    public SuggestResource(SuggestService suggest, SearchConfig config) {
        this.suggest = suggest;
        this.config = config;
    }

    @GET
    public SuggestService.Suggestions suggest(@QueryParam("prefix") String prefix, @QueryParam("size") String size) {
        if (prefix == null || prefix.isBlank()) {
            throw new BadParameterException("prefix", "prefix is required");
        }
        if (prefix.length() > config.limits().maxPrefixLength()) {
            throw new BadParameterException("prefix", "prefix longer than " + config.limits().maxPrefixLength()
                    + " characters (newslens.search.limits.max-prefix-length)");
        }
        int n = SearchParamsParser.intOf("size", size, 10);
        if (n < 1 || n > config.limits().maxSuggestions()) {
            throw new BadParameterException("size", "size must be between 1 and " + config.limits().maxSuggestions()
                    + " (newslens.search.limits.max-suggestions)");
        }
        return suggest.suggest(prefix.strip(), n);
    }
}
