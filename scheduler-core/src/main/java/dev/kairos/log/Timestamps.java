package dev.kairos.log;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
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
        return formatTo(new StringBuilder(36), instant, zone).toString();
    }

    /** As {@link #format}, appended to {@code b} (nothing for null). */
    static StringBuilder formatTo(StringBuilder b, Instant instant, ZoneId zone) {
        if (instant == null) {
            return b;
        }
        ZoneOffset offset = zone.getRules().getOffset(instant);
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return b.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone)));
        }
        b.append(t.getYear());
        two(b.append('-'), t.getMonthValue());
        two(b.append('-'), t.getDayOfMonth());
        two(b.append('T'), t.getHour());
        two(b.append(':'), t.getMinute());
        two(b.append(':'), t.getSecond());
        int nano = t.getNano();
        if (nano > 0) {
            b.append('.');
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            for (int scale = pow10(digits - 1); scale > 0; scale /= 10) {
                b.append((char) ('0' + nano / scale % 10));
            }
        }
        return b.append(offset.getId());
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
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
        Instant written = parseWritten(t);
        if (written != null) {
            return written;
        }
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

    private static final int[] NANOS_PER_DIGIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000,
        100, 10, 1};

    /**
     * The form {@link #format} writes ({@code 2024-03-15T10:30:00.5+01:00}, {@code Z}), read by hand:
     * reading a large log at start spends most of its time here. {@code null} for anything else
     * (including invalid dates), which the general parser then reads or rejects with its message.
     */
    private static Instant parseWritten(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int i = 19;
        int nano = 0;
        if (t.charAt(i) == '.') {
            int from = ++i;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            if (i - from < 1 || i - from > 9) {
                return null;
            }
            nano = digits(t, from, i) * NANOS_PER_DIGIT[i - from];
        }
        int offset;
        if (i == n - 1 && t.charAt(i) == 'Z') {
            offset = 0;
        } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
            int oh = digits(t, i + 1, i + 3);
            int om = digits(t, i + 4, i + 6);
            if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) {
                return null;
            }
            offset = (t.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second - offset, nano);
    }

    /** The decimal number in {@code t[from, to)}, or -1 if a character is not a digit. */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static String formatRuntime(Duration runtime) {
        return runtime == null ? "" : runtime.toString();
    }

    /** An ISO-8601 duration ({@code PT1.5S}) or a number of seconds ({@code 1.5}). */
    static Duration parseRuntime(String text) {
        String t = text.strip();
        Duration written = parseWrittenRuntime(t);
        if (written != null) {
            return written;
        }
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            double seconds = Double.parseDouble(t);
            return Duration.ofNanos(Math.round(seconds * 1e9));
        }
    }

    private static final char[] RUNTIME_UNITS = {'H', 'M', 'S'};
    private static final long[] RUNTIME_SECONDS = {3600, 60, 1};

    /**
     * The form {@link #formatRuntime} writes ({@code PT0.000859S}, {@code PT1M30.5S}, {@code PT2H}),
     * read by hand as {@link #parseWritten} reads an instant: {@link Duration#parse} matches a regular
     * expression, a tenth of a large log's reading. {@code null} for anything else (days, signs,
     * more digits), which {@link Duration#parse} then reads or rejects.
     */
    private static Duration parseWrittenRuntime(String t) {
        int n = t.length();
        if (n < 4 || t.charAt(0) != 'P' || t.charAt(1) != 'T') {
            return null;
        }
        long seconds = 0;
        int nano = 0;
        int unit = 0;
        int i = 2;
        while (i < n) {
            int from = i;
            long value = 0;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                value = value * 10 + (t.charAt(i++) - '0');
            }
            if (i == from || i - from > 12) {
                return null;
            }
            int fraction = 0;
            int digits = 0;
            if (i < n && t.charAt(i) == '.') {
                int start = ++i;
                while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                    fraction = fraction * 10 + (t.charAt(i++) - '0');
                }
                digits = i - start;
                if (digits < 1 || digits > 9) {
                    return null;
                }
            }
            if (i == n) {
                return null;
            }
            char c = t.charAt(i++);
            while (unit < RUNTIME_UNITS.length && RUNTIME_UNITS[unit] != c) {
                unit++;
            }
            if (unit == RUNTIME_UNITS.length || digits > 0 && c != 'S') {
                return null;
            }
            seconds += value * RUNTIME_SECONDS[unit++];
            nano = fraction * NANOS_PER_DIGIT[digits];
        }
        return Duration.ofSeconds(seconds, nano);
    }
}
