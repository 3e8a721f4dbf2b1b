package io.newslens.summary.analysis;

import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.SummaryComputed.Stance;
import io.newslens.entities.ArticleEntities;
import io.newslens.summary.analysis.entities.EntityStanceScorer;
import io.newslens.summary.analysis.text.Sentence;
import io.newslens.summary.analysis.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitiesAndStanceTest {

    private static final String TEXT = """
            The World Health Organization (WHO) praised Ghana for a successful vaccination campaign. \
            President Nana Akufo-Addo thanked health workers.
            The WHO said the campaign was effective and well organised. Akufo-Addo called it a great achievement.
            Meanwhile, Acme Pharma faced a scandal over fraud in its trials. Regulators said Acme Pharma failed \
            basic checks, and its shares collapsed.""";

    @Test
    void findsNamesLinksAcronymsAndShortForms() {
        Map<String, Entity> byName = ArticleEntities.find(TEXT).stream()
                .collect(Collectors.toMap(Entity::name, e -> e));
        Entity who = byName.get("World Health Organization");
        assertEquals(3, who.mentions().size());
        assertEquals("ORGANIZATION", who.type());
        assertTrue(who.aliases().contains("WHO"));
        Entity president = byName.get("Nana Akufo-Addo");
        assertEquals("PERSON", president.type());
        assertEquals(2, president.mentions().size());
        for (Entity e : byName.values()) {
            e.mentions().forEach(m -> assertTrue(Character.isUpperCase(TEXT.charAt(m.start())), e.name()));
        }
    }

    @Test
    void stanceOnEntitiesFollowsTheirSentences() {
        List<Sentence> sentences = TextSegmenter.sentences(TEXT);
        Map<String, Stance> stances = EntityStanceScorer.score(ArticleEntities.find(TEXT), sentences).stream()
                .collect(Collectors.toMap(Stance::target, s -> s));
        assertEquals("favourable", stances.get("World Health Organization").label());
        assertEquals("unfavourable", stances.get("Acme Pharma").label());
        Stance acme = stances.get("Acme Pharma");
        assertTrue(acme.score() < 0);
        assertTrue(!acme.evidence().isEmpty());
        acme.evidence().forEach(e -> assertTrue(TEXT.substring(e.start(), e.end()).contains("Acme Pharma")));
    }
}
