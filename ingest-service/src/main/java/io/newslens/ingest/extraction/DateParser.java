package io.newslens.ingest.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates as pages write them: ISO 8601 (with or without zone or time), RFC 1123,
 * epoch seconds, and English prose dates ("21st Sep 2021", "September 21, 2021", "Sept. 21, 2021").
 * A date without time is midnight UTC; a local time without zone is read as UTC.
 */
final class DateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    /** "21st Sep 2021", "21 September 2021". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    /** "September 21, 2021", "Sept. 21st 2021". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})/(\\d{2})/(\\d{2})\\b");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}(\\d{3})?");

    private DateParser() {
    }

    /** Parses a machine-readable value (attribute/meta/JSON-LD), falling back to prose parsing. */
    static Optional<Instant> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            return plausible(s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v));
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            Optional<Instant> r = fromIso(iso);
            if (r.isPresent()) {
                return r;
            }
        }
        try {
            return plausible(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) {
            // not RFC 1123
        }
        return findInProse(s);
    }

    /** Finds the first prose or numeric date inside running text. */
    static Optional<Instant> findInProse(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = ISO.matcher(text);
        if (m.find()) {
            return fromIso(m);
        }
        m = SLASHED.matcher(text);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return Optional.empty();
    }

    private static Optional<Instant> fromIso(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (m.group(4) == null) {
            return date(y, mo, d);
        }
        try {
            LocalDateTime ldt = LocalDateTime.of(y, mo, d, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7);
            ZoneOffset offset = ZoneOffset.UTC;
            if (zone != null && !zone.equals("Z")) {
                String z = zone.replace(":", "");
                offset = z.length() == 3 ? ZoneOffset.ofHours(Integer.parseInt(z))
                        : ZoneOffset.ofHoursMinutes(Integer.parseInt(z.substring(0, 3)),
                        Integer.parseInt(z.charAt(0) + z.substring(3)));
            }
            return plausible(OffsetDateTime.of(ldt, offset).toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer v = MONTHS.get(key.length() > 4 && key.startsWith("sept") ? "sept" : key.substring(0, 3));
        return v == null ? 0 : v;
    }

    private static Optional<Instant> date(int y, int m, int d) {
        try {
            return plausible(LocalDate.of(y, m, d).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> plausible(Instant i) {
        int year = i.atZone(ZoneOffset.UTC).getYear();
        return year >= 1900 && year <= 2100 ? Optional.of(i) : Optional.empty();
    }
}
