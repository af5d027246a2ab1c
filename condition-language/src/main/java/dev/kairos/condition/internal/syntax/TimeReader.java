package dev.kairos.condition.internal.syntax;

import dev.kairos.condition.internal.grammar.ConditionGrammar.AfterContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.BeforeContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.BetweenContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.ClockDurationContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.ClockPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.ColonPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.DayTimeContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.DurationContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.DurationPartContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.HourPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.MonthDayPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.OnContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.PartsDurationContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.StartingContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.TimePointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.WeekdayPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.WindowContext;
import dev.kairos.condition.internal.grammar.ConditionLexer;
import dev.kairos.condition.internal.time.Cycle;
import dev.kairos.condition.internal.time.Window;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Reads time literals, windows and durations, checking every value. Not API. */
public final class TimeReader {
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    /** What a point stands for: a window's start, its end, an {@code on} unit, or a cycle's new start. */
    enum Role { START, END, ON, ANCHOR }

    private final String input;

    /** A reader of the literals of {@code input}, the whole text being parsed. */
    public TimeReader(String input) {
        this.input = input;
    }

    /**
     * The window of a {@code daily …}, {@code time of …} or {@code today …} clause.
     *
     * @throws SyntaxError for a point that the cycle cannot have, or an empty window
     */
    public Window window(WindowContext w, Cycle cycle) {
        if (cycle == Cycle.SECOND) {
            throw error(w, "a condition without a window: 'secondly' takes no window");
        }
        if (w instanceof BetweenContext b) {
            long start = point(b.timePoint(0), cycle, Role.START);
            long end = point(b.timePoint(1), cycle, Role.END);
            if (start == end) {
                throw error(w, "two different ends; for a whole " + cycle.word() + " from a point write 'starting …'");
            }
            return new Window(cycle, start, end);
        }
        if (w instanceof AfterContext a) {
            return new Window(cycle, point(a.timePoint(), cycle, Role.START), cycle.nominalSeconds());
        }
        if (w instanceof BeforeContext b) {
            long end = point(b.timePoint(), cycle, Role.END);
            if (end == 0) {
                throw error(w, "an end after the start of the " + cycle.word() + "; 'before' the start is empty");
            }
            return new Window(cycle, 0, end);
        }
        if (w instanceof OnContext o) {
            long start = point(o.timePoint(), cycle, Role.ON);
            return new Window(cycle, start, start + cycle.unitSeconds());
        }
        StartingContext s = (StartingContext) w;
        long anchor = point(s.timePoint(), cycle, Role.ANCHOR);
        return new Window(cycle, anchor, anchor);
    }

    /** Seconds from the cycle's start for a point, by the literal forms of the cycle. */
    long point(TimePointContext tp, Cycle cycle, Role role) {
        return switch (cycle) {
            case SECOND -> throw error(tp, "no time: 'secondly' takes no window");
            case MINUTE -> secondOfMinute(tp, role);
            case HOUR -> secondOfHour(tp, role);
            case DAY -> secondOfDay(tp, role);
            case WEEK -> secondOfWeek(tp, role);
            case MONTH -> secondOfMonth(tp, role);
        };
    }

    private long secondOfMinute(TimePointContext tp, Role role) {
        String expected = "a second of the minute such as :30";
        if (!(tp instanceof ColonPointContext c)) {
            throw error(tp, expected);
        }
        int[] parts = numbers(c.COLON_TIME().getText().substring(1));
        if (parts.length != 1 || parts[0] > 59) {
            throw error(tp, expected + " (:00 to :59)");
        }
        return parts[0];
    }

    private long secondOfHour(TimePointContext tp, Role role) {
        String expected = "a minute of the hour such as :15, :15:30 or 15:00 (minutes:seconds)";
        int[] parts;
        if (tp instanceof ColonPointContext c) {
            parts = numbers(c.COLON_TIME().getText().substring(1));
        } else if (tp instanceof ClockPointContext c && c.meridiem() == null) {
            parts = numbers(c.CLOCK().getText());
            if (parts.length != 2) {
                throw error(tp, expected);
            }
        } else {
            throw error(tp, expected);
        }
        int minute = parts[0];
        int second = parts.length > 1 ? parts[1] : 0;
        if (minute > 59 || second > 59 || parts.length > 2) {
            throw error(tp, expected + ", minutes and seconds from 0 to 59");
        }
        long at = minute * 60L + second;
        if (role == Role.ON && second != 0) {
            throw error(tp, "a whole minute for 'on', such as :15");
        }
        return at;
    }

    private long secondOfDay(TimePointContext tp, Role role) {
        String expected = "a time of day such as 08:00, 8am or 10:30 pm";
        long at;
        if (tp instanceof ClockPointContext c) {
            at = clock(c.CLOCK().getSymbol(), c.meridiem() == null ? null : c.meridiem().getStart(), role, tp);
        } else if (tp instanceof HourPointContext h) {
            at = hour(h.NUMBER().getSymbol(), h.meridiem().getStart(), tp);
        } else {
            throw error(tp, expected);
        }
        if (role == Role.ON && at % 3_600 != 0) {
            throw error(tp, "a whole hour for 'on', such as 10:00 or 10am (for other spans write 'between … and …')");
        }
        return at;
    }

    private long secondOfWeek(TimePointContext tp, Role role) {
        if (!(tp instanceof WeekdayPointContext w)) {
            throw error(tp, "a weekday such as Mon or Fri 15:00");
        }
        String day = w.weekday().getText().toLowerCase(Locale.ROOT);
        long index = "monday".startsWith(day.substring(0, 3)) ? 0
                : "tuesday".startsWith(day.substring(0, 3)) ? 1
                : "wednesday".startsWith(day.substring(0, 3)) ? 2
                : "thursday".startsWith(day.substring(0, 3)) ? 3
                : "friday".startsWith(day.substring(0, 3)) ? 4
                : "saturday".startsWith(day.substring(0, 3)) ? 5 : 6;
        return index * 86_400 + timeOfDay(w.dayTime(), role, tp);
    }

    private long secondOfMonth(TimePointContext tp, Role role) {
        if (!(tp instanceof MonthDayPointContext m)) {
            throw error(tp, "a day of the month such as 1st or 15th 12:30");
        }
        String text = m.ORDINAL().getText();
        int day = small(text.substring(0, text.length() - 2));
        if (day < 1 || day > 31) {
            throw error(tp, "a day of the month from 1st to 31st");
        }
        if (role == Role.ANCHOR && day > 28) {
            throw error(tp, "a day from 1st to 28th for 'starting' (every month has it)");
        }
        return (day - 1) * 86_400L + timeOfDay(m.dayTime(), role, tp);
    }

    /** The time part after a weekday or month day; absent, a start is the day's start and an end its end. */
    private long timeOfDay(DayTimeContext dt, Role role, TimePointContext tp) {
        if (dt == null) {
            return role == Role.END ? 86_400 : 0;
        }
        if (role == Role.ON) {
            throw error(dt, "a day without a time for 'on' (it covers the whole day)");
        }
        Token meridiem = dt.meridiem() == null ? null : dt.meridiem().getStart();
        return dt.CLOCK() != null ? clock(dt.CLOCK().getSymbol(), meridiem, Role.START, dt)
                : hour(dt.NUMBER().getSymbol(), meridiem, dt);
    }

    private long clock(Token clock, Token meridiem, Role role, ParserRuleContext where) {
        int[] parts = numbers(clock.getText());
        if (parts.length > 3) {
            throw error(where, "a time of day such as 08:00 or 08:00:30");
        }
        int h = parts[0];
        int m = parts[1];
        int s = parts.length > 2 ? parts[2] : 0;
        if (m > 59 || s > 59) {
            throw error(where, "minutes and seconds from 00 to 59");
        }
        if (meridiem != null) {
            return twelveHour(h, meridiem, where) * 3_600L + m * 60L + s;
        }
        if (h == 24 && m == 0 && s == 0 && role == Role.END) {
            return 86_400;
        }
        if (h > 23) {
            throw error(where, "an hour from 00 to 23" + (role == Role.END ? " (or 24:00 as an end)"
                    : h == 24 ? " (24:00 only ends a window)" : ""));
        }
        return h * 3_600L + m * 60L + s;
    }

    private long hour(Token number, Token meridiem, ParserRuleContext where) {
        if (number.getText().contains(".")) {
            throw error(where, "a whole hour such as 8am");
        }
        return twelveHour(small(number.getText()), meridiem, where) * 3_600L;
    }

    private int twelveHour(int h, Token meridiem, ParserRuleContext where) {
        if (h < 1 || h > 12) {
            throw error(where, "an hour from 1 to 12 with am or pm");
        }
        boolean pm = meridiem.getType() == ConditionLexer.PM;
        return h == 12 ? (pm ? 12 : 0) : (pm ? h + 12 : h);
    }

    /**
     * A positive duration.
     *
     * @throws SyntaxError for a zero duration, or one beyond what {@link Duration} holds
     */
    public Duration duration(DurationContext d) {
        Duration total;
        if (d instanceof ClockDurationContext c) {
            int[] parts = numbers(c.CLOCK().getText());
            if (parts.length > 3 || parts[1] > 59 || (parts.length == 3 && parts[2] > 59)) {
                throw error(d, "a duration such as 01:30 (hours:minutes) or 01:30:00, minutes and seconds below 60");
            }
            total = Duration.ofHours(parts[0]).plusMinutes(parts[1]).plusSeconds(parts.length == 3 ? parts[2] : 0);
        } else {
            total = Duration.ZERO;
            for (DurationPartContext part : ((PartsDurationContext) d).durationPart()) {
                total = total.plus(part(part));
            }
        }
        if (total.isZero()) {
            throw error(d, "a positive duration such as 10 minutes");
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

    private static int[] numbers(String text) {
        String[] pieces = text.split(":");
        int[] out = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            out[i] = pieces[i].length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(pieces[i]);
        }
        return out;
    }

    /** The error that the text of {@code where} is not {@code expected}. */
    public SyntaxError error(ParserRuleContext where, String expected) {
        return SyntaxErrors.value(where.getStart(), where.getStop(),
                "'" + input.substring(where.getStart().getStartIndex(), where.getStop().getStopIndex() + 1) + "'",
                expected);
    }

    /** Digits as a number, or {@link Integer#MAX_VALUE} for more than nine: out of every range, never an overflow. */
    private static int small(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
