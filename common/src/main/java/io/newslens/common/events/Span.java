package io.newslens.common.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A half-open character range [start, end) into an article's clean body text. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }
}
