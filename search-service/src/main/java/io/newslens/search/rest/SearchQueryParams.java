package io.newslens.search.rest;

import jakarta.ws.rs.QueryParam;

import java.util.List;

/** Raw query parameters of /api/search and /api/export (validated by SearchParamsParser). */
public class SearchQueryParams {
    @QueryParam("q") public String q;
    @QueryParam("mode") public String mode;
    @QueryParam("sort") public String sort;
    @QueryParam("page") public String page;
    @QueryParam("size") public String size;
    @QueryParam("cursor") public String cursor;
    @QueryParam("publisher") public List<String> publisher;
    @QueryParam("author") public List<String> author;
    @QueryParam("language") public List<String> language;
    @QueryParam("entity") public String entity;
    @QueryParam("entityType") public String entityType;
    @QueryParam("from") public String from;
    @QueryParam("to") public String to;
    @QueryParam("stanceTarget") public String stanceTarget;
    @QueryParam("stanceLabel") public String stanceLabel;
    @QueryParam("claimType") public List<String> claimType;
    @QueryParam("collapseDuplicates") public String collapseDuplicates;
    @QueryParam("facets") public String facets;
    @QueryParam("interval") public String interval;
}
