package io.newslens.search.service;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.newslens.search.service.query.QueryParser;
import io.newslens.search.service.query.QueryTranslator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the parsed syntax becomes in Elasticsearch (the ranking itself is measured by bench/relevance). */
class QueryTranslatorTest {

    static String json(String q) {
        Query query = QueryTranslator.toQuery(QueryParser.parse(q));
        return query.toString();
    }

    @Test
    void plainWordsAreOneBodyQueryOfWhichOneOrTwoWordsAllAndOfMoreAnyMustMatch() {
        String j = json("Hundreds of Palestinians flee floods in Gaza");
        assertTrue(j.contains("\"match\":{\"text\":{\"minimum_should_match\":\"1\""
                + ",\"operator\":\"or\",\"query\":\"Hundreds of Palestinians flee floods in Gaza\"}}"), j);
        // one or two words as typed: all of their terms, also of a word the analyser splits
        String two = json("after-reindex-42 fresh");
        assertTrue(two.contains("\"match\":{\"text\":{\"minimum_should_match\":\"100%\""), two);
        assertTrue(j.contains("\"entityNames\":{\"boost\":0.2"), j);
        assertTrue(j.contains("\"title\":{\"boost\":0.05"), j); // a word only in the title still finds the story
        assertFalse(j.contains("must_not"), j);
    }

    @Test
    void requiredPartsAreMustAndPlainWordsBesideThemOnlyRank() {
        String j = json("+iran nuclear deal");
        assertTrue(j.matches(".*\"must\":\\[\\{\"multi_match\":\\{[^}]*\"operator\":\"and\",\"query\":\"iran\".*"), j);
        assertTrue(j.contains("\"should\":[{\"bool\":{\"must\":[{\"bool\":{\"minimum_should_match\":\"1\",\"should\":[{\"match\":{\"text\":{\"minimum_should_match\":\"1\""), j);
        String and = json("iran AND deal talks");
        assertEquals(2, and.split("\"operator\":\"and\"", -1).length - 1, and);
    }

    @Test
    void exclusionsPhrasesFieldsAndPrefixesKeepTheirMeaning() {
        assertTrue(json("nato -china").contains("\"must_not\":[{\"multi_match\":{\"fields\""), json("nato -china"));
        assertTrue(json("+\"climate change\" policy").contains("\"type\":\"phrase\""));
        assertTrue(json("\"climate change\"").contains("\"type\":\"phrase\""));
        assertTrue(json("title:china talks").contains("\"fields\":[\"title\"]"));
        assertTrue(json("volcan* ash").contains("\"type\":\"phrase_prefix\""));
    }

    @Test
    void aPhraseBesidePlainWordsRanksAndPlusOrExplicitPartsRequireIt() {
        String j = json("Pope says \"pets go to heaven\" in talk");
        assertTrue(j.contains("\"should\":[{\"match_phrase\":{\"text\":{\"boost\":1.0,\"query\":\"pets go to heaven\"}}}]"), j);
        assertTrue(j.contains("\"query\":\"Pope says in talk pets go to heaven\""), j); // its words rank with the others
        assertFalse(j.contains("\"type\":\"phrase\""), j);
        String plus = json("Pope says +\"pets go to heaven\"");
        assertTrue(plus.matches(".*\"must\":\\[\\{\"multi_match\":\\{[^}]*\"query\":\"pets go to heaven\",\"type\":\"phrase\".*"), plus);
        String beside = json("\"pets go to heaven\" +pope dogs"); // beside an explicit part, required like it
        assertTrue(beside.contains("\"query\":\"pets go to heaven\",\"type\":\"phrase\"") && !beside.contains("match_phrase"), beside);
    }

    @Test
    void plainWordCountIsZeroWithAnyExplicitSyntax() {
        assertEquals(4, QueryParser.plainWordCount(QueryParser.parse("pope francis visits philippines")));
        assertEquals(0, QueryParser.plainWordCount(QueryParser.parse("pope francis -visits philippines")));
        assertEquals(0, QueryParser.plainWordCount(QueryParser.parse("pope AND francis visits philippines")));
        assertEquals(4, QueryParser.plainWordCount(QueryParser.parse("\"pope francis\" visits philippines")));
        assertEquals(0, QueryParser.plainWordCount(QueryParser.parse("\"pope francis visits philippines\"")));
        assertEquals(0, QueryParser.plainWordCount(QueryParser.parse("+\"pope francis\" visits philippines")));
        assertEquals(0, QueryParser.plainWordCount(QueryParser.parse("")));
    }
}
