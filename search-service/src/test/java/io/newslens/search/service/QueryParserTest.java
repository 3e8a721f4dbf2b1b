package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.newslens.search.service.query.QueryNode;
import io.newslens.search.service.query.QueryParser;
import io.newslens.search.service.query.QueryTranslator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class QueryParserTest {

    static QueryNode.Term term(String field, String text, boolean phrase, boolean prefix) {
        return new QueryNode.Term(field, text, phrase, prefix);
    }

    @Test
    void plainWordsAreTheNaturalLanguagePart() {
        assertEquals(new QueryNode.And(List.of(term(null, "nato", false, false), term(null, "summit", false, false))),
                QueryParser.parse("nato summit"));
    }

    @Test
    void explicitAndAndPlusRequire() {
        assertEquals(new QueryNode.And(List.of(new QueryNode.Required(term(null, "nato", false, false)),
                        new QueryNode.Required(term(null, "summit", false, false)), term(null, "talks", false, false),
                        new QueryNode.Required(term(null, "wales", false, false)))),
                QueryParser.parse("nato AND summit talks +wales"));
        assertEquals(term(null, "nato", false, false), QueryParser.parse("+nato"));
    }

    @Test
    void phrasesPrefixesAndFields() {
        assertEquals(new QueryNode.And(List.of(term(null, "shanghai cooperation", true, false),
                        term(null, "secur", false, true), term("title", "china", false, false),
                        term("author", "Jane Doe", true, false))),
                QueryParser.parse("\"shanghai cooperation\" secur* title:china author:\"Jane Doe\""));
    }

    @Test
    void booleanOperatorsAndSigns() {
        QueryNode n = QueryParser.parse("(russia OR china) AND -korea +trade NOT sanctions");
        assertEquals(new QueryNode.And(List.of(
                new QueryNode.Required(new QueryNode.Or(List.of(term(null, "russia", false, false), term(null, "china", false, false)))),
                new QueryNode.Not(term(null, "korea", false, false)),
                new QueryNode.Required(term(null, "trade", false, false)),
                new QueryNode.Not(term(null, "sanctions", false, false)))), n);
    }

    @Test
    void unknownFieldIsPlainText() {
        assertEquals(term(null, "foo:bar", false, false), QueryParser.parse("foo:bar"));
    }

    @Test
    void emptyAndOperatorOnlyQueriesMatchAll() {
        assertInstanceOf(QueryNode.MatchAll.class, QueryParser.parse(""));
        assertInstanceOf(QueryNode.MatchAll.class, QueryParser.parse("AND OR ( ) \" \" * -"));
    }

    @Test
    void plainTextDropsExclusions() {
        assertEquals("nato summit", QueryParser.plainText(QueryParser.parse("nato -china summit")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed phrase", "((((nato", "nato))))", "NOT", "- + !", "title:", "author:\"",
            "a OR OR b", "AND nato AND", "*", "***abc", "\u201csmart quotes\u201d", "((((((((((((((((((((((((x))))))))))))))))))))))))",
            "title:\"", "nato AND (NOT)", ":::", "publisher:(", "\\\"", "a-b c+d", "-", "!!!"})
    void neverThrowsAndAlwaysTranslates(String q) {
        Query query = QueryTranslator.toQuery(QueryParser.parse(q));
        assertNotNull(query);
    }
}
