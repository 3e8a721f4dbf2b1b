package io.newslens.ingest.extraction;

import io.newslens.entities.ArticleEntities;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageDetectorTest {

    @Test
    void detectsTheLanguageOfABody() {
        assertEquals("en", LanguageDetector.detect("The foreign ministers met in Brussels on Tuesday to discuss the sanctions."));
        assertEquals("de", LanguageDetector.detect("Die Außenminister trafen sich am Dienstag in Brüssel, um über die Sanktionen zu beraten."));
        assertEquals("fr", LanguageDetector.detect("Les ministres des affaires étrangères se sont réunis mardi à Bruxelles pour discuter des sanctions."));
        assertEquals("ru", LanguageDetector.detect("Министры иностранных дел встретились во вторник в Брюсселе, чтобы обсудить санкции."));
    }

    @Test
    void tooShortToTell() {
        assertNull(LanguageDetector.detect("OK"));
        assertNull(LanguageDetector.detect("   "));
        assertNull(LanguageDetector.detect(null));
    }

    @Test
    void aBodyNotInEnglishIsNotRunThroughTheEnglishModel() {
        String german = "Der russische Außenminister Sergej Lawrow traf Vertreter der NATO und der EU in Minsk.";
        ExtractedArticle a = new DefaultArticleExtractor().extract(RawPage.text(german));
        assertEquals("de", a.language());
        // only listed names: the English CRF would have tagged "Sergej Lawrow" as a person
        assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("Lawrow")), a.entities().toString());
        assertEquals(ArticleEntities.find(german, "de").size(), a.entities().size());
    }
}
