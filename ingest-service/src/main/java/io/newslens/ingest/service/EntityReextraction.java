package io.newslens.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.events.Topics;
import io.newslens.entities.ArticleEntities;
import io.newslens.ingest.messaging.ArticleEvents;
import io.newslens.ingest.persistence.Article;
import io.newslens.ingest.persistence.ArticleJson;
import io.newslens.ingest.persistence.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private final ObjectMapper mapper;

    public EntityReextraction(ArticleJson json, ArticleEvents events, ObjectMapper mapper) {
        this.json = json;
        this.events = events;
        this.mapper = mapper;
    }

    public Report run(UUID after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Article> batch = after == null
                    ? Article.find("order by id").page(0, limit).list()
                    : Article.find("id > ?1 order by id", after).page(0, limit).list();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            for (Article a : batch) {
                a.entities = json.write(ArticleEntities.find(a.text, a.language));
                a.version++;
                OutboxEvent event = new OutboxEvent();
                event.aggregateId = a.id;
                event.topic = Topics.ARTICLES;
                event.eventKey = a.id.toString();
                event.payload = toJson(events.toEvent(a));
                event.createdAt = now;
                event.persist();
            }
            return new Report(batch.size(), batch.size() < limit ? null : batch.get(batch.size() - 1).id.toString());
        });
    }

    private String toJson(Object event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event", e);
        }
    }
}
