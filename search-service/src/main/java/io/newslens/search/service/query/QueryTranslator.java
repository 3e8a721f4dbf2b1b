package io.newslens.search.service.query;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

import java.util.ArrayList;
import java.util.List;

/** Turns the parsed query into an Elasticsearch bool query over the article's text fields. */
public final class QueryTranslator {

    /** Fields a bare word searches, with boosts. */
    public static final List<String> DEFAULT_FIELDS = List.of(
            "title^3", "text", "authors.name^2", "publisher.text^2", "entityNames^1.5", "summary.thesis.text");

    private static final int MAX_EXPANSIONS = 50;

    private QueryTranslator() {
    }

    public static Query toQuery(QueryNode node) {
        if (node instanceof QueryNode.Term t) {
            return term(t);
        }
        if (node instanceof QueryNode.And a) {
            return and(a.children());
        }
        if (node instanceof QueryNode.Not n) {
            return and(List.of(n));
        }
        if (node instanceof QueryNode.Or o) {
            return Query.of(q -> q.bool(b -> {
                for (QueryNode c : o.children()) {
                    b.should(toQuery(c instanceof QueryNode.Not ? new QueryNode.And(List.of(c)) : c));
                }
                return b.minimumShouldMatch("1");
            }));
        }
        return Query.of(q -> q.matchAll(a -> a));
    }

    private static Query and(List<QueryNode> children) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        boolean positive = false;
        for (QueryNode c : children) {
            if (c instanceof QueryNode.Not n) {
                b.mustNot(toQuery(n.child()));
            } else {
                b.must(toQuery(c));
                positive = true;
            }
        }
        if (!positive) {
            b.must(Query.of(q -> q.matchAll(m -> m)));
        }
        return Query.of(q -> q.bool(b.build()));
    }

    private static Query term(QueryNode.Term t) {
        List<String> fields = fieldsFor(t.field());
        TextQueryType type = t.phrase() ? TextQueryType.Phrase
                : t.prefix() ? TextQueryType.PhrasePrefix : TextQueryType.BestFields;
        return Query.of(q -> q.multiMatch(m -> {
            m.query(t.text()).fields(fields).type(type);
            if (type == TextQueryType.BestFields) {
                m.operator(Operator.And);
            }
            if (type == TextQueryType.PhrasePrefix) {
                m.maxExpansions(MAX_EXPANSIONS);
            }
            return m;
        }));
    }

    static List<String> fieldsFor(String field) {
        if (field == null) {
            return DEFAULT_FIELDS;
        }
        return switch (field) {
            case "title" -> List.of("title");
            case "author" -> List.of("authors.name");
            case "publisher" -> List.of("publisher.text");
            default -> DEFAULT_FIELDS;
        };
    }

    /** Every positive term, for a highlight query that ignores exclusions. */
    public static List<QueryNode.Term> positiveTerms(QueryNode node) {
        List<QueryNode.Term> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(QueryNode node, List<QueryNode.Term> out) {
        if (node instanceof QueryNode.Term t) {
            out.add(t);
        } else if (node instanceof QueryNode.And a) {
            a.children().forEach(c -> collect(c, out));
        } else if (node instanceof QueryNode.Or o) {
            o.children().forEach(c -> collect(c, out));
        }
    }
}
