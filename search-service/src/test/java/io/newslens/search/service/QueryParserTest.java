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
    void inProseAndOrNotAreWordsAndParenthesesAroundWordsAreWords() {
        // sentence punctuation, capitals, title case: text written for people, not a boolean query
        for (String q : List.of("Macaulay Culkin NOT Dead: Facebook, Twitter Death Hoax Goes Viral",
                "IRAQI AND KURDISH MEDIA REPORTS ISIS FIGHTERS HAVE CONTRACTED EBOLA",
                "Weather Reporter Caught Writing His Name In The Snow Was NOT Ready To Go On Camera")) {
            QueryNode n = QueryParser.parse(q);
            assertEquals(q.split("\\s+").length, QueryParser.plainWordCount(n), q);
        }
        assertEquals(new QueryNode.And(List.of(term(null, "spider", false, false), term(null, "scar", false, false),
                        term(null, "VIDEO", false, false))),
                QueryParser.parse("spider scar (VIDEO)"));
        // a lower-case query without punctuation is a boolean query: the operators keep their meaning
        assertEquals(new QueryNode.And(List.of(term(null, "culkin", false, false),
                new QueryNode.Not(term(null, "dead", false, false)))), QueryParser.parse("culkin NOT dead"));
        assertEquals(new QueryNode.And(List.of(new QueryNode.Required(term(null, "Iran", false, false)),
                new QueryNode.Required(term(null, "Israel", false, false)))), QueryParser.parse("Iran AND Israel"));
        // a group with an operator inside still groups, and signs keep their meaning in prose
        assertInstanceOf(QueryNode.Or.class, ((QueryNode.And) QueryParser.parse("(russia OR china) trade")).children().get(0));
        assertEquals(new QueryNode.And(List.of(term(null, "Pope", false, false), term(null, "Francis", false, false),
                        new QueryNode.Not(term(null, "pets", false, false)), term(null, "heaven!", false, false))),
                QueryParser.parse("Pope Francis -pets heaven!"));
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
