package io.newslens.entities;

import io.newslens.common.events.ArticleParsed.Entity;
import io.newslens.common.events.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleEntitiesTest {

    @Test
    void recognisesNamesNoListHolds() {
        String text = "Dutch chemicals group Akzo Nobel said on Tuesday its chairman Cees van Lede would step down. "
                + "Van Lede told reporters in Arnhem the board agreed.";
        List<Entity> entities = ArticleEntities.find(text);
        assertEquals("ORGANIZATION", find(entities, "Akzo Nobel").type());
        assertEquals("PERSON", find(entities, "Cees van Lede").type());
        assertEquals("LOCATION", find(entities, "Arnhem").type());
        assertOffsetsMatch(text, entities);
    }

    @Test
    void linksAliasesSurnamesAndAcronymsUnderOneCanonicalName() {
        String text = "Russian Foreign Minister Sergey Lavrov met President Xi Jinping. The Shanghai Co-operation "
                + "Organisation (SCO) is no Nato, said the U.S. envoy. Later Xi said Lavrov and Sergei Lavrov are one man.";
        List<Entity> entities = ArticleEntities.find(text);
        Entity lavrov = find(entities, "Sergei Lavrov");
        assertEquals("PERSON", lavrov.type());
        assertEquals(3, lavrov.mentions().size());
        assertTrue(lavrov.aliases().containsAll(List.of("Sergey Lavrov", "Lavrov")));
        assertEquals(2, find(entities, "Xi Jinping").mentions().size());
        assertTrue(find(entities, "Shanghai Cooperation Organization").aliases()
                .containsAll(List.of("Shanghai Co-operation Organisation", "SCO")));
        assertEquals("COUNTRY", find(entities, "United States").type());
        assertEquals("COUNTRY", find(entities, "Russia").type());
        assertOffsetsMatch(text, entities);
    }

    @Test
    void documentConsistencyTagsEveryMentionOfANameTaggedOnce() {
        String text = "Tennis player Karol Kucera of Slovakia won on Sunday .\nKucera beat the top seed .";
        List<Mention> mentions = EntityRecognizer.recognize(text);
        assertTrue(mentions.contains(new Mention("Kucera", Mention.PER, 55, 61)), mentions.toString());
    }

    @Test
    void textsInOtherLanguagesGetOnlyListedNames() {
        String text = "Der russische Außenminister Sergej Lawrow traf Vertreter der NATO und der EU in Minsk.";
        List<Entity> entities = ArticleEntities.find(text, "de");
        assertEquals(List.of("NATO", "European Union", "Minsk").stream().sorted().toList(),
                entities.stream().map(Entity::name).sorted().toList());
    }

    @Test
    void hostileInputStaysCheap() {
        String junk = "a".repeat(200_000) + " " + "<>/=".repeat(10_000);
        assertTrue(ArticleEntities.find(junk).isEmpty());
        assertTrue(ArticleEntities.find("").isEmpty());
    }

    private static Entity find(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }

    private static void assertOffsetsMatch(String text, List<Entity> entities) {
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                String surface = text.substring(m.start(), m.end());
                assertTrue(surface.equals(e.name()) || e.aliases().contains(surface), surface + " of " + e);
            }
        }
    }
}
