package dev.kairos.condition.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The cycles windows repeat on. Offsets inside a cycle are in seconds from its start. Not API. */
public enum Cycle {
    SECOND(1, 0, "second"),
    MINUTE(60, 1, "minute"),
    HOUR(3_600, 60, "hour"),
    DAY(86_400, 3_600, "day"),
    WEEK(7 * 86_400, 86_400, "week"),
    /** Nominally 31 days; real months are shorter and their windows are clamped. */
    MONTH(31 * 86_400, 86_400, "month");

    private final long nominalSeconds;
    private final long unitSeconds;
    private final String word;

    Cycle(long nominalSeconds, long unitSeconds, String word) {
        this.nominalSeconds = nominalSeconds;
        this.unitSeconds = unitSeconds;
        this.word = word;
    }

    /** The longest length of the cycle, in seconds. */
    public long nominalSeconds() {
        return nominalSeconds;
    }

    /** The length of the unit that {@code on T} covers: a second of a minute, an hour of a day, … */
    public long unitSeconds() {
        return unitSeconds;
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
     * The local time at {@code offset} seconds into the cycle starting at {@code cycleStart}. A month
     * offset past the month's end gives {@code null} for a start and the month's end for an end.
     */
    public LocalDateTime at(LocalDateTime cycleStart, long offset, boolean isEnd) {
        if (this != MONTH) {
            return cycleStart.plusSeconds(offset);
        }
        long day = offset / 86_400;
        long second = offset % 86_400;
        int length = cycleStart.toLocalDate().lengthOfMonth();
        if (day >= length) {
            return isEnd ? cycleStart.plusMonths(1) : null;
        }
        return cycleStart.plusDays(day).plusSeconds(second);
    }
}
