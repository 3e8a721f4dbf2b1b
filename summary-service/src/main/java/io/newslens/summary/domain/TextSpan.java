package io.newslens.summary.domain;

import io.newslens.common.events.Span;

/** A sentence or evidence span: its text and its character offsets into the article body. */
public record TextSpan(int start, int end, String text) {

    public static TextSpan of(String body, Span span) {
        return of(body, span.start(), span.end());
    }

    public static TextSpan of(String body, int start, int end) {
        int s = Math.max(0, Math.min(start, body.length()));
        int e = Math.max(s, Math.min(end, body.length()));
        return new TextSpan(start, end, body.substring(s, e));
    }
}
