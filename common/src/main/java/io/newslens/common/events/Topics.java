package io.newslens.common.events;

/** Kafka topic names shared by producers and consumers. */
public final class Topics {
    public static final String ARTICLES = "articles";
    public static final String SUMMARIES = "summaries";
    public static final String ARTICLES_DLQ = "articles-dlq";
    public static final String SUMMARIES_DLQ = "summaries-dlq";

    private Topics() {
    }
}
