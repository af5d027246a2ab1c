package dev.kairos.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Reads the command line's times and zones, and writes instants for people. */
final class Times {
    /** The instants the command line accepts: years 1 to 9999, so that every period around them exists. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {
    }

    /** The zone named by {@code text}, or the system zone when null. */
    static ZoneId zone(String text) {
        if (text == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new BadInputException("--zone '" + text + "' is not a time zone; give a region such as"
                    + " Europe/Paris or UTC, or an offset such as +02:00");
        }
    }

    /**
     * An ISO-8601 date-time with an offset ({@code 2024-05-01T09:00+02:00}, {@code …Z}) or without
     * one (then taken in {@code zone}); a space may replace the {@code T}.
     */
    static Instant instant(String text, ZoneId zone, String option) {
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(t, ZonedDateTime::from,
                    OffsetDateTime::from, LocalDateTime::from);
            Instant at = parsed instanceof ZonedDateTime z ? z.toInstant()
                    : parsed instanceof OffsetDateTime o ? o.toInstant()
                    : ((LocalDateTime) parsed).atZone(zone).toInstant();
            if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
                throw new BadInputException(option + " '" + text + "' is out of range; give a date-time from year 1"
                        + " to year 9999, e.g. 2024-05-01T09:00");
            }
            return at;
        } catch (DateTimeException e) {
            throw new BadInputException(option + " '" + text + "' is not a date-time; write it as ISO-8601,"
                    + " e.g. 2024-05-01T09:00 (taken in --zone) or 2024-05-01T09:00:00+02:00");
        }
    }

    /** An instant as {@code 2024-05-01 09:00:00} in {@code zone}. */
    static String show(Instant instant, ZoneId zone) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    /** An instant as ISO-8601 with the zone's offset. */
    static String iso(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }
}
