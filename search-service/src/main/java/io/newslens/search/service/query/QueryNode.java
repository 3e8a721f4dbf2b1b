package io.newslens.search.service.query;

import java.util.List;

/** The parsed form of the user's query syntax. */
public sealed interface QueryNode {

    /** A word, "phrase" or prefix*, optionally restricted to a field (title, author, publisher). */
    record Term(String field, String text, boolean phrase, boolean prefix) implements QueryNode {
    }

    /**
     * Children joined without OR: {@link Not} children exclude, {@link Required} children, phrases, field terms,
     * prefixes and groups must match, plain words are the natural-language part (not all of them required,
     * see {@link QueryTranslator}).
     */
    record And(List<QueryNode> children) implements QueryNode {
    }

    /** Must match: {@code +word}, or either side of an explicit {@code AND}. */
    record Required(QueryNode child) implements QueryNode {
    }

    /** At least one must match. */
    record Or(List<QueryNode> children) implements QueryNode {
    }

    record Not(QueryNode child) implements QueryNode {
    }

    /** Nothing to search for: match every article. */
    record MatchAll() implements QueryNode {
    }
}
