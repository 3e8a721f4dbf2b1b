package io.newslens.summary.messaging;

import io.newslens.common.events.ArticleParsed;
import io.newslens.summary.service.ArticleProcessor;
import io.newslens.summary.service.FailureRecorder;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code articles}. A record that cannot be analysed is recorded as a failure and rethrown:
 * the channel's failure strategy (dead-letter-queue) then sends it to {@code articles-summary-dlq}
 * with the reason in its {@code dead-letter-reason} header, and the stream goes on.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private final ArticleEventParser parser;
    private final ArticleProcessor processor;
    private final FailureRecorder failures;

    public ArticleConsumer(ArticleEventParser parser, ArticleProcessor processor, FailureRecorder failures) {
        this.parser = parser;
        this.processor = processor;
        this.failures = failures;
    }

    @Incoming("articles")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            LOG.debugf("ignoring tombstone for key %s", record.key());
            return;
        }
        String source = record.topic() + "-" + record.partition() + "@" + record.offset();
        ArticleParsed event = null;
        try {
            event = parser.parse(record.value());
            processor.process(event);
        } catch (RuntimeException e) {
            String reason = reason(e);
            try {
                if (event != null) {
                    failures.record(event, reason, source);
                } else {
                    failures.record(record.key(), null, reason, source);
                }
            } catch (RuntimeException recordingFailed) {
                LOG.errorf(recordingFailed, "could not record the failure of %s (%s)", source, reason);
            }
            throw new ArticleRejectedException(reason, e);
        }
    }

    static String reason(Throwable e) {
        String type = e.getClass().getSimpleName();
        String message = e.getMessage();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    /** Carries the failure reason to the dead-letter record's headers. */
    public static class ArticleRejectedException extends RuntimeException {
        public ArticleRejectedException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
