package io.newslens.summary.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import io.newslens.support.problem.ProblemException;

/** Parses query parameters strictly: a malformed value is a 400, not an ignored filter. */
final class QueryParams {

    static final Set<String> CLAIM_TYPES = Set.of("factual", "causal", "predictive", "evaluative", "prescriptive");

    private QueryParams() {
    }

    static String text(String name, String value) {
        if (value == null || value.isBlank()) return null;
        if (value.length() > 512) throw ProblemException.badRequest(name + " is longer than 512 characters");
        return printable(name, value.strip());
    }

    /** An article id (path or body): at most 512 characters, no control characters. */
    static String id(String name, String value) {
        if (value == null || value.isBlank()) throw ProblemException.badRequest(name + " is required");
        return text(name, value);
    }

    /**
     * Refuses control characters and unpaired surrogates (found by SummaryFuzzTest: PostgreSQL cannot
     * take a NUL, and the query failed with a misleading 503 "database unavailable").
     */
    static String printable(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                throw ProblemException.badRequest(name + " contains a control character or an unpaired surrogate");
            }
        }
        return value;
    }

    static String claimType(String value) {
        String v = text("type", value);
        if (v == null) return null;
        v = v.toLowerCase(Locale.ROOT);
        if (!CLAIM_TYPES.contains(v)) throw ProblemException.badRequest("type must be one of " + CLAIM_TYPES.stream().sorted().toList());
        return v;
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) return null;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name + " must be true or false");
        };
    }

    /** A decimal in [min, max], or null when absent. */
    static Double decimal(String name, String value, double min, double max) {
        if (value == null || value.isBlank()) return null;
        double v;
        try {
            v = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a number");
        }
        if (!(v >= min && v <= max)) throw ProblemException.badRequest(name + " must be between " + min + " and " + max);
        return v;
    }

    static int integer(String name, String value, int defaultValue, int min, int max) {
        return integer(name, value, defaultValue, min, max, null);
    }

    /** {@code property}: the configuration key behind {@code max}, named in the problem (null when fixed). */
    static int integer(String name, String value, int defaultValue, int min, int max, String property) {
        if (value == null || value.isBlank()) return defaultValue;
        int v;
        try {
            v = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be an integer");
        }
        if (v < min || v > max) throw ProblemException.badRequest(name + " must be between " + min + " and " + max
                + (property == null ? "" : " (" + property + ")"));
        return v;
    }

    /** An instant ({@code 2024-05-01T00:00:00Z}) or a date ({@code 2024-05-01}, start of day UTC; as an upper bound, end of that day). */
    static Instant instant(String name, String value, boolean upperBound) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        Instant instant;
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                instant = (upperBound ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                instant = Instant.parse(v);
            }
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be a date (2024-05-01) or an instant (2024-05-01T00:00:00Z)");
        }
        // PostgreSQL timestamps stop at year 294276 and start at 4713 BC: keep to years 1..9999
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw ProblemException.badRequest(name + " must lie between the years 1 and 9999");
        }
        return instant;
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");
}
