package dev.kairos.condition.time;

import dev.kairos.condition.ConditionSyntaxException;
import dev.kairos.condition.internal.Compiler;
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
        return Compiler.duration(text);
    }

    /**
     * A short human form, e.g. {@code 2h30m}, {@code 45s}, {@code 1.5s}, {@code 250ms}; parseable by
     * {@link #parse} to the same duration down to the millisecond.
     */
    public static String format(Duration d) {
        Objects.requireNonNull(d, "duration");
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long days = d.toDays();
        if (days > 0) {
            out.append(days).append('d');
        }
        if (d.toHoursPart() > 0) {
            out.append(d.toHoursPart()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            out.append(d.toMinutesPart()).append('m');
        }
        int seconds = d.toSecondsPart();
        int millis = d.toMillisPart();
        if (millis > 0 && seconds > 0) {
            String fraction = String.format(java.util.Locale.ROOT, "%03d", millis).replaceAll("0+$", "");
            out.append(seconds).append('.').append(fraction).append('s');
        } else if (millis > 0) {
            out.append(millis).append("ms");
        } else if (seconds > 0) {
            out.append(seconds).append('s');
        }
        return out.length() == 0 ? d.toNanos() + "ns" : out.toString();
    }
}
