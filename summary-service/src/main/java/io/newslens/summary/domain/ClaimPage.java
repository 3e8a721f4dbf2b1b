package io.newslens.summary.domain;

import java.util.List;

public record ClaimPage(int page, int size, long total, List<ClaimView> items) {
}
