package io.newslens.search.service.query;

import java.util.List;

/** The parsed form of the user's query syntax. */
public sealed interface QueryNode {

    /** A word, "phrase" or prefix*, optionally restricted to a field (title, author, publisher). */
    record Term(String field, String text, boolean phrase, boolean prefix) implements QueryNode {
    }

    /** All must match; {@link Not} children exclude. */
    record And(List<QueryNode> children) implements QueryNode {
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
