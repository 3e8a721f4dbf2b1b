package io.newslens.summary.domain;

import java.util.List;
import java.util.Map;

/**
 * How articles stand on one target: label counts over all articles, per month of publication
 * ({@code "unknown"} when the article has no date), and the article ids behind each label.
 */
public record StanceDistribution(String target, long articles, Map<String, Long> labels, List<MonthBucket> byMonth,
                                 Map<String, List<String>> articlesByLabel) {

    public record MonthBucket(String month, long articles, Map<String, Long> labels) {
    }
}
