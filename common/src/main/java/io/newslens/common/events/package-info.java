/**
 * The events the services exchange on Kafka, and the rule that lets producers and consumers be upgraded one
 * instance at a time (a rolling update runs old and new code side by side).
 *
 * <h2>Compatibility rule</h2>
 * <ul>
 *   <li><b>Adding is compatible.</b> A new field (top level or in a nested record) keeps {@code schemaVersion}.
 *       Every record here ignores fields it does not know, so a consumer of an older release reads a newer
 *       producer's event and drops what it does not know; a newer consumer reads an older event with the new
 *       field absent ({@code null}, {@code 0}, {@code false}, or an empty list), and must treat absence as "not
 *       computed", never as a value.</li>
 *   <li><b>Changing or removing is not.</b> A field whose meaning, unit or type changes, or that goes away, raises
 *       {@code SCHEMA_VERSION}. A consumer that meets a {@code schemaVersion} higher than the one it was built
 *       with does not guess: it dead-letters the record with the reason ({@link ArticleParsed#schemaProblem()},
 *       {@link SummaryComputed#schemaProblem()}), and the stream goes on. For such a change, upgrade the
 *       consumers first, then the producer; records dead-lettered meanwhile are replayed from the dead-letter
 *       topic (search-service can also rebuild its index from the topics).</li>
 *   <li><b>Every consumer reads every older {@code schemaVersion}</b> it was released after.</li>
 * </ul>
 */
package io.newslens.common.events;
