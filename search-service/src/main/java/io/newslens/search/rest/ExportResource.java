package io.newslens.search.rest;

import io.newslens.search.service.ExportService;
import io.newslens.search.service.SearchRequestParams;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** All hits of a query as newline-delimited JSON, streamed. Accepts the filters of /api/search. */
@Path("/api/export")
@Blocking
public class ExportResource {

    public static final String NDJSON = "application/x-ndjson";

    private final ExportService export;
    private final SearchParamsParser params;

    public ExportResource(ExportService export, SearchParamsParser params) {
        this.export = export;
        this.params = params;
    }

    @GET
    @Produces(NDJSON)
    public Response export(@BeanParam SearchQueryParams raw) {
        raw.mode = null;
        raw.page = null;
        raw.size = null;
        raw.cursor = null;
        raw.facets = "false";
        SearchRequestParams p = params.parse(raw);
        ExportService.Export e = export.start(p);
        StreamingOutput body = e::writeTo;
        return Response.ok(body, NDJSON).build();
    }
}
