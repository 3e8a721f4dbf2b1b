package io.newslens.ingest.service;

import io.newslens.common.events.Topics;
import io.newslens.entities.ArticleEntities;
import io.newslens.ingest.messaging.ArticleEvents;
import io.newslens.ingest.persistence.Article;
import io.newslens.ingest.persistence.ArticleJson;
import io.newslens.support.outbox.OutboxWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Re-extracts the entities of stored articles with the current recogniser, on a running system: each article
 * gets a new version and an {@code ArticleParsed} event through the outbox, so search and summary update.
 * Works in bounded batches in id order; the caller passes the last id of one batch to get the next.
 */
@ApplicationScoped
public class EntityReextraction {

    /** One batch: how many articles got a new version, and the id to continue after (null when done). */
    public record Report(int processed, String next) {
    }

    private final ArticleJson json;
    private final ArticleEvents events;
    private final OutboxWriter outbox;

    public EntityReextraction(ArticleJson json, ArticleEvents events, OutboxWriter outbox) {
        this.json = json;
        this.events = events;
        this.outbox = outbox;
    }

    public Report run(UUID after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Article> batch = after == null
                    ? Article.find("order by id").page(0, limit).list()
                    : Article.find("id > ?1 order by id", after).page(0, limit).list();
            for (Article a : batch) {
                a.entities = json.write(ArticleEntities.find(a.text, a.language));
                a.version++;
                outbox.enqueue(Topics.ARTICLES, a.id.toString(), events.toEvent(a));
            }
            return new Report(batch.size(), batch.size() < limit ? null : batch.get(batch.size() - 1).id.toString());
        });
    }
}
