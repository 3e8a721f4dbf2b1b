package io.newslens.search.service.query;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the parsed query into an Elasticsearch bool query over the article's text fields.
 * <p>
 * Plain words are the natural-language part of a query (a headline, a sentence, a few words): they are scored
 * together by BM25 on the body (title, authors, publisher and thesis may match in its stead, at a weight that barely
 * ranks), with a small bonus for words that name the article's entities; one or two words
 * must all match, of more words any may match ({@link #ALL_REQUIRED_UP_TO}): the more a document has, the higher
 * BM25 ranks it. Explicit syntax keeps its meaning: {@code +word} and both sides of {@code AND} must match,
 * {@code -word}/{@code NOT} exclude, {@code field:} terms, {@code prefix*} and {@code (groups)} with operators
 * must match, {@code OR} wants one side. Next to explicit parts, plain words only rank (as in Lucene:
 * {@code +iran nuclear deal} needs "iran"). A {@code "phrase"} beside plain words is part of the natural language
 * (headlines quote what someone said): its words rank with the others and the phrase itself adds a bonus
 * ({@link #PHRASE_BOOST}), as in Elasticsearch's {@code simple_query_string} with the OR operator;
 * {@code +"phrase"}, a phrase beside explicit parts or a query of phrases only must match. Fields, weights and the share of words that must match were chosen with
 * bench/relevance (docs/relevance.md): title, a larger entity weight, a bigram (proximity) bonus, a coverage bonus
 * and requiring a share of the words of long queries all ranked worse there.
 */
public final class QueryTranslator {

    /** Fields a required word, phrase or prefix searches, with boosts. */
    public static final List<String> DEFAULT_FIELDS = List.of(
            "title^3", "text", "authors.name^2", "publisher.text^2", "entityNames^1.5", "summary.thesis.text");
    /** The field the plain words of a query are ranked on. */
    public static final String NATURAL_FIELD = "text";
    /** The field whose matches add a bonus, and its weight. */
    public static final String ENTITY_FIELD = "entityNames";
    public static final float ENTITY_BOOST = 0.2f;
    /**
     * Fields where the words may match instead of the body, at a weight that barely ranks: a story whose title,
     * author or publisher has the words and whose body does not is found, but the body decides the order (a title
     * bonus ranked worse on bench/relevance).
     */
    public static final List<String> MATCH_ONLY_FIELDS = List.of("title", "authors.name", "publisher.text", "summary.thesis.text");
    public static final float MATCH_ONLY_BOOST = 0.05f;
    /**
     * Queries of up to this many words (as typed: {@code after-reindex-42} is one word, though the analyser makes three
     * terms of it) need all of their terms; of longer queries any term may match.
     */
    public static final int ALL_REQUIRED_UP_TO = 2;
    /** The weight of a phrase's bonus when it only ranks (beside plain words). */
    public static final float PHRASE_BOOST = 1f;

    private static final int MAX_EXPANSIONS = 50;

    private QueryTranslator() {
    }

    public static Query toQuery(QueryNode node) {
        if (node instanceof QueryNode.Term t) {
            return isPlainWord(t) ? naturalLanguage(List.of(t.text()), true) : term(t);
        }
        if (node instanceof QueryNode.And a) {
            return and(a.children());
        }
        if (node instanceof QueryNode.Required r) {
            return required(r.child());
        }
        if (node instanceof QueryNode.Not n) {
            return and(List.of(n));
        }
        if (node instanceof QueryNode.Or o) {
            return Query.of(q -> q.bool(b -> {
                for (QueryNode c : o.children()) {
                    b.should(required(c instanceof QueryNode.Not ? new QueryNode.And(List.of(c)) : c));
                }
                return b.minimumShouldMatch("1");
            }));
        }
        return Query.of(q -> q.matchAll(a -> a));
    }

    /**
     * An explicit part (required, excluded, an alternative of OR): a plain word then matches as a word in every
     * field, anything else as it would anyway.
     */
    private static Query required(QueryNode n) {
        return n instanceof QueryNode.Term t ? term(t) : toQuery(n);
    }

    /** A word with no field, quotes or star: part of the natural-language text of the query. */
    static boolean isPlainWord(QueryNode.Term t) {
        return t.field() == null && !t.phrase() && !t.prefix();
    }

    private static Query and(List<QueryNode> children) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        List<String> words = new ArrayList<>();
        List<QueryNode.Term> phrases = new ArrayList<>();
        boolean explicit = false;
        for (QueryNode c : children) {
            if (c instanceof QueryNode.Not n) {
                b.mustNot(required(n.child())); // an excluded word is excluded from every field
            } else if (c instanceof QueryNode.Term t && isPlainWord(t)) {
                words.add(t.text());
            } else if (c instanceof QueryNode.Term t && t.phrase() && t.field() == null) {
                phrases.add(t);
            } else {
                b.must(required(c instanceof QueryNode.Required r ? r.child() : c));
                explicit = true;
            }
        }
        boolean natural = !words.isEmpty() && !explicit; // plain words (and phrases) are all the query has
        for (QueryNode.Term phrase : phrases) {
            if (natural) {
                words.add(phrase.text());
                b.should(phraseBonus(phrase.text()));
            } else {
                b.must(term(phrase));
                explicit = true;
            }
        }
        if (!words.isEmpty()) {
            Query text = naturalLanguage(words, !explicit);
            if (explicit) {
                b.should(text);
            } else {
                b.must(text);
            }
        } else if (!explicit) {
            b.must(Query.of(q -> q.matchAll(m -> m)));
        }
        return Query.of(q -> q.bool(b.build()));
    }

    /** A phrase that only ranks: matched as a phrase in the body. */
    static Query phraseBonus(String phrase) {
        return Query.of(q -> q.matchPhrase(m -> m.field(NATURAL_FIELD).query(phrase).boost(PHRASE_BOOST)));
    }

    /**
     * The plain words as one BM25 query on the body: all of one or two words ({@link #ALL_REQUIRED_UP_TO}), any of more, when they are all the
     * query has ({@code filter}), any of them when they only rank beside explicit parts; plus the entity bonus.
     */
    static Query naturalLanguage(List<String> words, boolean filter) {
        String text = String.join(" ", words);
        String share = filter && words.size() <= ALL_REQUIRED_UP_TO ? "100%" : "1";
        Query matched = Query.of(q -> q.bool(b -> {
            b.should(s -> s.match(m -> m.field(NATURAL_FIELD).query(text).operator(Operator.Or).minimumShouldMatch(share)));
            for (String field : MATCH_ONLY_FIELDS) {
                b.should(s -> s.match(m -> m.field(field).query(text).operator(Operator.Or).minimumShouldMatch(share)
                        .boost(MATCH_ONLY_BOOST)));
            }
            return b.minimumShouldMatch("1");
        }));
        Query entities = Query.of(q -> q.match(m -> m.field(ENTITY_FIELD).query(text).boost(ENTITY_BOOST)));
        return Query.of(q -> q.bool(b -> b.must(matched).should(entities)));
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
        } else if (node instanceof QueryNode.Required r) {
            collect(r.child(), out);
        }
    }
}
