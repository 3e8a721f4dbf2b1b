package io.newslens.common.events;

/** Kafka topic names shared by producers and consumers. */
public final class Topics {
    public static final String ARTICLES = "articles";
    public static final String SUMMARIES = "summaries";
    public static final String ARTICLES_DLQ = "articles-dlq";
    public static final String SUMMARIES_DLQ = "summaries-dlq";
    /** Articles summary-service could not analyse (search-service has its own {@link #ARTICLES_DLQ}). */
    public static final String ARTICLES_SUMMARY_DLQ = "articles-summary-dlq";

    /** Every topic of the system, for tooling that provisions them. */
    public static final java.util.List<String> ALL = java.util.List.of(ARTICLES, SUMMARIES, ARTICLES_DLQ, SUMMARIES_DLQ, ARTICLES_SUMMARY_DLQ);

    private Topics() {
    }
}
