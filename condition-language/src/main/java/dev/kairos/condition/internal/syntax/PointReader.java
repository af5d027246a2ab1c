package dev.kairos.condition.internal.syntax;

import dev.kairos.condition.internal.grammar.ConditionGrammar.ClockPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.ColonPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.DayTimeContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.HourPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.MonthDayPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.NumberPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.QuarterPointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.TimePointContext;
import dev.kairos.condition.internal.grammar.ConditionGrammar.WeekdayPointContext;
import dev.kairos.condition.internal.grammar.ConditionLexer;
import dev.kairos.condition.internal.time.Cycle;
import dev.kairos.condition.internal.time.Units;
import java.math.BigDecimal;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Reads a point of a cycle as nanoseconds from the cycle's start, by the forms of that cycle, and
 * checks its range: a plain number is in the cycle's unit (milliseconds of a second, seconds of a
 * minute, minutes of an hour), as Rocketry reads it. Not API.
 */
final class PointReader {
    static final String MILLI_OF_SECOND = "a millisecond of the second such as 500 or 15.005";
    static final String SECOND_OF_MINUTE = "a second of the minute such as 45, 15.5 or :45";
    static final String MINUTE_OF_HOUR = "a minute of the hour such as 45, :15, :15:30, 15:00, 15:05.5 or 1 quarter";
    static final String TIME_OF_DAY = "a time of day such as 08:00, 8am or 10:30 pm";
    static final String DAY_OF_WEEK = "a weekday such as Mon or Fri 15:00";
    static final String DAY_OF_MONTH = "a day of the month such as 1st, 1. or 15th 12:30";

    /** What a point stands for: a window's start, its end, an {@code on} unit, or a cycle's new start. */
    enum Role { START, END, ON, ANCHOR }

    private final String input;

    PointReader(String input) {
        this.input = input;
    }

    /** Nanoseconds from the cycle's start; the cycle's end itself only for {@link Role#END}. */
    long read(TimePointContext tp, Cycle cycle, Role role) {
        return switch (cycle) {
            case SECOND -> ranged(tp, plain(tp, Units.MILLI, MILLI_OF_SECOND), Units.SECOND, role,
                    MILLI_OF_SECOND + ", from 0 to 1000 (1000 only as an end)");
            case MINUTE -> ranged(tp, secondOfMinute(tp), Units.MINUTE, role,
                    SECOND_OF_MINUTE + ", from 0 to 60 (60 only as an end)");
            case HOUR -> ranged(tp, minuteOfHour(tp), Units.HOUR, role,
                    MINUTE_OF_HOUR + ", from 0 to 60 minutes (60:00 only as an end)");
            case DAY -> timeOfDay(tp, role);
            case WEEK -> dayOfWeek(tp, role);
            case MONTH -> dayOfMonth(tp, role);
        };
    }

    private long ranged(TimePointContext tp, long at, long nominal, Role role, String expected) {
        if (at > nominal || (at == nominal && role != Role.END)) {
            throw error(tp, expected);
        }
        return at;
    }

    /** A bare number in the cycle's unit. */
    private long plain(TimePointContext tp, long unit, String expected) {
        if (!(tp instanceof NumberPointContext n) || n.dayTime() != null) {
            throw error(tp, expected);
        }
        return decimal(tp, n.NUMBER().getText(), unit, expected);
    }

    private long secondOfMinute(TimePointContext tp) {
        if (tp instanceof ColonPointContext c) {
            ClockText clock = ClockText.of(c.COLON_TIME().getText().substring(1));
            if (clock.parts().length != 1 || clock.parts()[0] > 59 || clock.fraction() < 0) {
                throw error(tp, SECOND_OF_MINUTE + " (:00 to :59)");
            }
            return clock.parts()[0] * Units.SECOND + clock.fraction();
        }
        if (tp instanceof ClockPointContext c && c.meridiem() == null) {
            // Rocketry's 'SS:00': the seconds, with nothing after the colon.
            ClockText clock = ClockText.of(c.CLOCK().getText());
            if (clock.parts().length != 2 || clock.parts()[1] != 0 || clock.hasFraction() || clock.parts()[0] > 60) {
                throw error(tp, SECOND_OF_MINUTE + "; 'SS:00' is second SS, and only :00 may follow it");
            }
            return clock.parts()[0] * Units.SECOND;
        }
        return plain(tp, Units.SECOND, SECOND_OF_MINUTE);
    }

    private long minuteOfHour(TimePointContext tp) {
        ClockText clock;
        if (tp instanceof ColonPointContext c) {
            clock = ClockText.of(c.COLON_TIME().getText().substring(1));
        } else if (tp instanceof ClockPointContext c && c.meridiem() == null) {
            clock = ClockText.of(c.CLOCK().getText());
            if (clock.parts().length != 2) {
                throw error(tp, MINUTE_OF_HOUR + " (minutes:seconds)");
            }
        } else if (tp instanceof QuarterPointContext q) {
            String n = q.NUMBER().getText();
            if (!n.equals("0") && !n.equals("1") && !n.equals("2") && !n.equals("3") && !n.equals("4")) {
                throw error(tp, "a number of quarters of the hour from 0 to 4, such as 1 quarter");
            }
            return Integer.parseInt(n) * 15 * Units.MINUTE;
        } else {
            return plain(tp, Units.MINUTE, MINUTE_OF_HOUR);
        }
        int[] parts = clock.parts();
        int minute = parts[0];
        int second = parts.length > 1 ? parts[1] : 0;
        boolean fractionWithoutSeconds = parts.length == 1 && clock.hasFraction();
        if (parts.length > 2 || minute > 60 || second > 59 || clock.fraction() < 0 || fractionWithoutSeconds
                || (minute == 60 && (second != 0 || clock.fraction() != 0))) {
            throw error(tp, MINUTE_OF_HOUR + ", minutes and seconds from 0 to 59 (60:00 only as an end)");
        }
        return minute * Units.MINUTE + second * Units.SECOND + clock.fraction();
    }

    private long timeOfDay(TimePointContext tp, Role role) {
        if (tp instanceof ClockPointContext c) {
            return clock(c.CLOCK().getSymbol(), c.meridiem() == null ? null : c.meridiem().getStart(), role, tp);
        }
        if (tp instanceof HourPointContext h) {
            return hour(h.NUMBER().getSymbol(), h.meridiem().getStart(), tp);
        }
        throw error(tp, TIME_OF_DAY);
    }

    private long dayOfWeek(TimePointContext tp, Role role) {
        if (!(tp instanceof WeekdayPointContext w)) {
            throw error(tp, DAY_OF_WEEK);
        }
        String day = w.weekday().getText().toLowerCase(Locale.ROOT).substring(0, 3);
        long index = "montuewedthufrisatsun".indexOf(day) / 3;
        return index * Units.DAY + timeInDay(w.dayTime(), role);
    }

    private long dayOfMonth(TimePointContext tp, Role role) {
        String text;
        DayTimeContext time;
        if (tp instanceof MonthDayPointContext m) {
            text = m.day.getText();
            text = text.substring(0, text.length() - (m.day.getType() == ConditionLexer.DAY_DOT ? 1 : 2));
            time = m.dayTime();
        } else if (tp instanceof NumberPointContext n && !n.NUMBER().getText().contains(".")) {
            text = n.NUMBER().getText();
            time = n.dayTime();
        } else {
            throw error(tp, DAY_OF_MONTH);
        }
        int day = ClockText.small(text);
        if (day < 1 || day > 31) {
            throw error(tp, "a day of the month from 1st to 31st");
        }
        if (role == Role.ANCHOR && day > 28) {
            throw error(tp, "a day from 1st to 28th for 'starting' (every month has it)");
        }
        return (day - 1) * Units.DAY + timeInDay(time, role);
    }

    /** The time after a weekday or month day; absent, a start is the day's start and an end its end. */
    private long timeInDay(DayTimeContext dt, Role role) {
        if (dt == null) {
            return role == Role.END ? Units.DAY : 0;
        }
        Token meridiem = dt.meridiem() == null ? null : dt.meridiem().getStart();
        return dt.CLOCK() != null ? clock(dt.CLOCK().getSymbol(), meridiem, Role.START, dt)
                : hour(dt.NUMBER().getSymbol(), meridiem, dt);
    }

    private long clock(Token token, Token meridiem, Role role, ParserRuleContext where) {
        ClockText clock = ClockText.of(token.getText());
        int[] parts = clock.parts();
        if (parts.length > 3 || (clock.hasFraction() && parts.length < 3) || clock.fraction() < 0) {
            throw error(where, "a time of day such as 08:00, 08:00:30 or 08:00:30.5");
        }
        int h = parts[0];
        int m = parts[1];
        int s = parts.length > 2 ? parts[2] : 0;
        if (m > 59 || s > 59) {
            throw error(where, "minutes and seconds from 00 to 59");
        }
        long rest = m * Units.MINUTE + s * Units.SECOND + clock.fraction();
        if (meridiem != null) {
            return twelveHour(h, meridiem, where) * Units.HOUR + rest;
        }
        if (h == 24 && rest == 0 && role == Role.END) {
            return Units.DAY;
        }
        if (h > 23) {
            throw error(where, "an hour from 00 to 23" + (role == Role.END ? " (or 24:00 as an end)"
                    : h == 24 ? " (24:00 only ends a window)" : ""));
        }
        return h * Units.HOUR + rest;
    }

    private long hour(Token number, Token meridiem, ParserRuleContext where) {
        if (number.getText().contains(".")) {
            throw error(where, "a whole hour such as 8am");
        }
        return twelveHour(ClockText.small(number.getText()), meridiem, where) * Units.HOUR;
    }

    private int twelveHour(int h, Token meridiem, ParserRuleContext where) {
        if (h < 1 || h > 12) {
            throw error(where, "an hour from 1 to 12 with am or pm");
        }
        boolean pm = meridiem.getType() == ConditionLexer.PM;
        return h == 12 ? (pm ? 12 : 0) : (pm ? h + 12 : h);
    }

    /** A decimal number of units as whole nanoseconds, at most a day's worth (more is out of every range). */
    private long decimal(ParserRuleContext where, String text, long unit, String expected) {
        BigDecimal nanos = new BigDecimal(text).multiply(BigDecimal.valueOf(unit));
        if (nanos.compareTo(BigDecimal.valueOf(Units.DAY)) > 0) {
            return Long.MAX_VALUE;
        }
        try {
            return nanos.longValueExact();
        } catch (ArithmeticException e) {
            throw error(where, expected + ", to the nanosecond at most");
        }
    }

    private SyntaxError error(ParserRuleContext where, String expected) {
        return SyntaxErrors.value(input, where, expected);
    }
}
