package dev.kairos.log;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Reads and writes the task log's timestamps and runtimes. */
final class Timestamps {
    private Timestamps() {
    }

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * An ISO-8601 date-time with an offset, {@code Z}, or none (then taken in {@code zone}, the first
     * occurrence if it happens twice). A space instead of the {@code T} is accepted.
     */
    static Instant parse(String text, ZoneId zone) {
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(t, OffsetDateTime::from,
                LocalDateTime::from);
        if (parsed instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((LocalDateTime) parsed).atZone(zone).toInstant();
    }

    static String formatRuntime(Duration runtime) {
        return runtime == null ? "" : runtime.toString();
    }

    /** An ISO-8601 duration ({@code PT1.5S}) or a number of seconds ({@code 1.5}). */
    static Duration parseRuntime(String text) {
        String t = text.strip();
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            double seconds = Double.parseDouble(t);
            return Duration.ofNanos(Math.round(seconds * 1e9));
        }
    }
}
