package dev.kairos.condition.time;

import dev.kairos.condition.ConditionSyntaxException;
import dev.kairos.condition.internal.syntax.DurationText;
import dev.kairos.condition.internal.syntax.Parsing;
import dev.kairos.condition.internal.syntax.SyntaxError;
import java.time.Duration;
import java.util.Objects;

/**
 * Durations written as in conditions: {@code 10s}, {@code 10 seconds}, {@code 1.5 hours},
 * {@code 2 hours, 30 minutes}, {@code 2h 30m}, {@code 01:30:00}, {@code 1 week}. Used for task
 * timeouts and every other duration a user writes.
 */
public final class Durations {
    private Durations() {
    }

    /**
     * Reads a duration; it must be positive.
     *
     * @throws ConditionSyntaxException with the position and the accepted forms
     */
    public static Duration parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return Parsing.duration(text);
        } catch (SyntaxError e) {
            throw new ConditionSyntaxException(text, e.line(), e.column(), e.length(), e.found(), e.expected(),
                    e.suggestion());
        }
    }

    /**
     * A duration for people to read: below a minute in one unit, with one decimal below 10 µs, 100 ms
     * and 10 s; above, in its two largest units: {@code 850 ns}, {@code 8.5 µs}, {@code 1.0 ms},
     * {@code 12.5 ms}, {@code 250 ms},
     * {@code 1.5 s}, {@code 45 s}, {@code 2 min 5 s}, {@code 3 h 12 min}, {@code 2 d 4 h}. For console
     * lines, {@code kairos tail} and the dashboard; not meant to be read back ({@link #format} is).
     * A negative duration gets a leading minus sign.
     */
    public static String forPeople(Duration d) {
        Objects.requireNonNull(d, "duration");
        if (d.isNegative()) {
            return "-" + forPeople(d.negated());
        }
        long nanos = d.getSeconds() < Long.MAX_VALUE / 1_000_000_000L / 2 ? d.toNanos() : Long.MAX_VALUE;
        if (nanos < 1_000) {
            return nanos + " ns";
        } else if (nanos < 1_000_000) {
            return tenths(nanos / 100, 100) + " µs";
        } else if (nanos < 1_000_000_000) {
            return tenths(nanos / 100_000, 1_000) + " ms";
        } else if (d.getSeconds() < 60) {
            return tenths(nanos / 100_000_000, 100) + " s";
        }
        long s = d.getSeconds();
        if (s < 3600) {
            return two(s / 60, "min", s % 60, "s");
        } else if (s < 86_400) {
            return two(s / 3600, "h", s % 3600 / 60, "min");
        }
        return two(s / 86_400, "d", s % 86_400 / 3600, "h");
    }

    /** Tenths of a unit (cut, not rounded: 9.99 s is 9.9 s), with their decimal when fewer than {@code decimalBelow}. */
    private static String tenths(long t, long decimalBelow) {
        return t < decimalBelow ? t / 10 + "." + t % 10 : Long.toString(t / 10);
    }

    private static String two(long big, String bigUnit, long small, String smallUnit) {
        return small == 0 ? big + " " + bigUnit : big + " " + bigUnit + " " + small + " " + smallUnit;
    }

    /**
     * A short human form, e.g. {@code 2h30m}, {@code 45s}, {@code 1.5s}, {@code 250ms},
     * {@code 0.0000005s}; parseable by {@link #parse} to the same duration, to the nanosecond (a
     * positive one: zero is written {@code 0s}, which {@link #parse} refuses).
     */
    public static String format(Duration d) {
        Objects.requireNonNull(d, "duration");
        return DurationText.format(d);
    }
}
