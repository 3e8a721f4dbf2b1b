package io.newslens.search.fuzz;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newslens.common.events.ArticleParsed;
import io.newslens.common.events.Topics;
import io.newslens.search.it.TestEvents;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** A small indexed corpus (through the real topic) shared by the fuzz and isolation tests of one stack. */
final class FuzzCorpus {

    static final int SIZE = 24;
    static final List<String> PUBLISHERS = List.of("Fuzz Daily", "Fuzz Post", "Fuzz Wire");
    private static boolean loaded;

    private FuzzCorpus() {
    }

    static String id(int i) {
        return "fuzz-doc-" + i;
    }

    static synchronized void ensureLoaded(ElasticsearchClient es, String alias) throws IOException {
        if (loaded) {
            return;
        }
        for (int i = 0; i < SIZE; i++) {
            ArticleParsed a = TestEvents.article(id(i), 1, "Harbour council budget report " + i,
                    "The harbour council met on budget reform. Minister " + i + " spoke about the railway strike.\n\n"
                            + "Officials said the reform would pass before the festival.",
                    PUBLISHERS.get(i % PUBLISHERS.size()), List.of("Author " + (i % 4)), i % 2 == 0 ? "en" : "fr",
                    Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofDays(i * 9L)),
                    List.of(new ArticleParsed.Entity("Harbour Council", "ORGANIZATION", List.of("HC"), List.of())));
            TestEvents.send(Topics.ARTICLES, a.id(), a);
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> count(es, alias) >= SIZE);
        loaded = true;
    }

    static long count(ElasticsearchClient es, String index) throws IOException {
        es.indices().refresh(r -> r.index(index));
        return es.count(c -> c.index(index)).count();
    }
}
