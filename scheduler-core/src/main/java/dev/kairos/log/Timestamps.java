package dev.kairos.log;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Reads and writes the task log's timestamps and runtimes. */
final class Timestamps {
    private Timestamps() {
    }

    /**
     * As {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} (fraction without trailing zeros, {@code Z} for
     * a zero offset), written by hand: it is on the path of every run's start.
     */
    static String format(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        ZoneOffset offset = zone.getRules().getOffset(instant);
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
        }
        StringBuilder b = new StringBuilder(36).append(t.getYear());
        two(b.append('-'), t.getMonthValue());
        two(b.append('-'), t.getDayOfMonth());
        two(b.append('T'), t.getHour());
        two(b.append(':'), t.getMinute());
        two(b.append(':'), t.getSecond());
        int nano = t.getNano();
        if (nano > 0) {
            String digits = Integer.toString(nano + 1_000_000_000).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits, 0, end);
        }
        return b.append(offset.getId()).toString();
    }

    private static void two(StringBuilder b, int value) {
        if (value < 10) {
            b.append('0');
        }
        b.append(value);
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
