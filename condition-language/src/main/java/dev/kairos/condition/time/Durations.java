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
     * A short human form, e.g. {@code 2h30m}, {@code 45s}, {@code 1.5s}, {@code 250ms}; parseable by
     * {@link #parse} to the same duration down to the millisecond.
     */
    public static String format(Duration d) {
        Objects.requireNonNull(d, "duration");
        return DurationText.format(d);
    }
}
