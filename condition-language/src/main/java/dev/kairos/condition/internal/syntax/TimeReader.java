package dev.kairos.condition.internal.syntax;

import dev.kairos.condition.internal.grammar.ConditionGrammar.AfterContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.BeforeContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.BetweenContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.ClockDurationContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.DurationContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.DurationPartContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.OnContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.PartsDurationContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.StartingContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.WindowContext;
import dev.kairos.condition.internal.grammar.ConditionLexer;
import dev.kairos.condition.internal.syntax.PointReader.Role;
import dev.kairos.condition.internal.time.Cycle;
import dev.kairos.condition.internal.time.Units;
import dev.kairos.condition.internal.time.Window;
import java.math.BigDecimal;
import java.time.Duration;
import org.antlr.v4.runtime.ParserRuleContext;

/** Reads windows and durations, checking every value; points by {@link PointReader}. Not API. */
public final class TimeReader {
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
    /** What a duration must be, as every message about one says. */
    public static final String POSITIVE_DURATION = "a positive duration such as 10 minutes";

    private final String input;
    private final PointReader points;

    /** A reader of the literals of {@code input}, the whole text being parsed. */
    public TimeReader(String input) {
        this.input = input;
        this.points = new PointReader(input);
    }

    /**
     * The window of a {@code daily …}, {@code time of …} or {@code today …} clause. {@code between T
     * and T} and {@code starting T} are the whole cycle from T; {@code on T} is the unit of the cycle
     * that starts at T (an hour of a day, a day of a week), which may run into the next cycle.
     *
     * @throws SyntaxError for a point that the cycle cannot have, or an empty window
     */
    public Window window(WindowContext w, Cycle cycle) {
        if (w instanceof BetweenContext b) {
            long start = points.read(b.timePoint(0), cycle, Role.START);
            long end = points.read(b.timePoint(1), cycle, Role.END);
            if (start == end && cycle == Cycle.MONTH && start >= 28 * Units.DAY) {
                throw error(w, "a start from 1st to 28th for a whole month from a point (every month has it)");
            }
            return new Window(cycle, start, end);
        }
        if (w instanceof AfterContext a) {
            return new Window(cycle, points.read(a.timePoint(), cycle, Role.START), cycle.nominal());
        }
        if (w instanceof BeforeContext b) {
            long end = points.read(b.timePoint(), cycle, Role.END);
            if (end == 0) {
                throw error(w, "an end after the start of the " + cycle.word() + "; 'before' the start is empty");
            }
            return new Window(cycle, 0, end);
        }
        if (w instanceof OnContext o) {
            long start = points.read(o.timePoint(), cycle, Role.ON);
            long end = start + cycle.unit();
            return new Window(cycle, start, end > cycle.nominal() ? end - cycle.nominal() : end);
        }
        long anchor = points.read(((StartingContext) w).timePoint(), cycle, Role.ANCHOR);
        return new Window(cycle, anchor, anchor);
    }

    /**
     * A positive duration.
     *
     * @throws SyntaxError for a zero duration, or one beyond what {@link Duration} holds
     */
    public Duration duration(DurationContext d) {
        Duration total;
        if (d instanceof ClockDurationContext c) {
            ClockText clock = ClockText.of(c.CLOCK().getText());
            int[] parts = clock.parts();
            if (parts.length > 3 || parts[1] > 59 || (parts.length == 3 && parts[2] > 59)
                    || (clock.hasFraction() && parts.length < 3) || clock.fraction() < 0) {
                throw error(d, "a duration such as 01:30 (hours:minutes) or 01:30:00, minutes and seconds below 60");
            }
            total = Duration.ofHours(parts[0]).plusMinutes(parts[1]).plusSeconds(parts.length == 3 ? parts[2] : 0)
                    .plusNanos(clock.fraction());
        } else {
            total = Duration.ZERO;
            for (DurationPartContext part : ((PartsDurationContext) d).durationPart()) {
                total = total.plus(part(part));
            }
        }
        if (total.isZero()) {
            throw error(d, POSITIVE_DURATION);
        }
        return total;
    }

    private Duration part(DurationPartContext part) {
        BigDecimal amount = new BigDecimal(part.NUMBER().getText());
        long unitSeconds = switch (part.durationUnit().getStart().getType()) {
            case ConditionLexer.MILLIS -> 0;
            case ConditionLexer.SECONDS -> 1;
            case ConditionLexer.MINUTE, ConditionLexer.MINUTES -> 60;
            case ConditionLexer.HOUR, ConditionLexer.HOURS -> 3_600;
            case ConditionLexer.DAY, ConditionLexer.DAYS -> 86_400;
            default -> 7 * 86_400;
        };
        BigDecimal nanos = unitSeconds == 0 ? amount.multiply(BigDecimal.valueOf(1_000_000L))
                : amount.multiply(BigDecimal.valueOf(unitSeconds)).multiply(NANOS_PER_SECOND);
        try {
            return Duration.ofNanos(nanos.longValueExact());
        } catch (ArithmeticException e) {
            throw error(part, "a duration of whole nanoseconds, below 290 years");
        }
    }

    /** The error that the text of {@code where} is not {@code expected}. */
    public SyntaxError error(ParserRuleContext where, String expected) {
        return SyntaxErrors.value(input, where, expected);
    }
}
