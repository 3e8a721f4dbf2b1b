package io.newslens.summary.analysis.claims;

/**
 * Whose voice a sentence reports.
 *
 * @param source         the source as named or described ("Wang Yi", "a senior official", "the ministry")
 * @param start          where the mention of the source starts in the article text
 * @param end            where it ends (exclusive)
 * @param reportsOpinion the sentence reports what the source thinks or argues ("X argues that ..."), not what
 *                       the source said, wrote or stated (quotations, "X said", "according to X")
 */
public record Attribution(String source, int start, int end, boolean reportsOpinion) {
}
