package dev.kairos.condition.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The cycles windows repeat on. Offsets inside a cycle are in nanoseconds from its start, so that a
 * window may start at a fraction of a second ({@code secondly between 15.005 and 45.005}). Not API.
 */
public enum Cycle {
    SECOND(Units.SECOND, Units.MILLI, "second"),
    MINUTE(Units.MINUTE, Units.SECOND, "minute"),
    HOUR(Units.HOUR, Units.MINUTE, "hour"),
    DAY(Units.DAY, Units.HOUR, "day"),
    WEEK(7 * Units.DAY, Units.DAY, "week"),
    /** Nominally 31 days; real months are shorter and their windows are clamped. */
    MONTH(31 * Units.DAY, Units.DAY, "month");

    private final long nominal;
    private final long unit;
    private final String word;

    Cycle(long nominal, long unit, String word) {
        this.nominal = nominal;
        this.unit = unit;
        this.word = word;
    }

    /** The longest length of the cycle, in nanoseconds. */
    public long nominal() {
        return nominal;
    }

    /**
     * The length of the unit that {@code on T} covers and in which plain numbers are read: a
     * millisecond of a second, a second of a minute, a minute of an hour (an hour of a day, a day of a
     * week or month), in nanoseconds.
     */
    public long unit() {
        return unit;
    }

    /** The cycle's name, e.g. {@code day}. */
    public String word() {
        return word;
    }

    /** Day, week and month windows are calendar windows; shorter ones follow the clock as it reads. */
    public boolean calendar() {
        return this == DAY || this == WEEK || this == MONTH;
    }

    /** The start of the cycle that contains {@code t}. */
    public LocalDateTime floor(LocalDateTime t) {
        return switch (this) {
            case SECOND -> t.truncatedTo(ChronoUnit.SECONDS);
            case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case DAY -> t.toLocalDate().atStartOfDay();
            case WEEK -> t.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
            case MONTH -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
        };
    }

    /** {@code cycleStart} moved by {@code n} cycles. */
    public LocalDateTime plus(LocalDateTime cycleStart, long n) {
        return switch (this) {
            case SECOND -> cycleStart.plusSeconds(n);
            case MINUTE -> cycleStart.plusMinutes(n);
            case HOUR -> cycleStart.plusHours(n);
            case DAY -> cycleStart.plusDays(n);
            case WEEK -> cycleStart.plusWeeks(n);
            case MONTH -> cycleStart.plusMonths(n);
        };
    }

    /**
     * The local time at {@code offset} nanoseconds into the cycle starting at {@code cycleStart}. A
     * month offset past the month's end gives {@code null} for a start and the month's end for an end.
     */
    public LocalDateTime at(LocalDateTime cycleStart, long offset, boolean isEnd) {
        if (this != MONTH) {
            return cycleStart.plusNanos(offset);
        }
        long day = offset / Units.DAY;
        long rest = offset % Units.DAY;
        int length = cycleStart.toLocalDate().lengthOfMonth();
        if (day >= length) {
            return isEnd ? cycleStart.plusMonths(1) : null;
        }
        return cycleStart.plusDays(day).plusNanos(rest);
    }
}
