package dev.kairos.condition.internal.syntax;

import dev.kairos.condition.internal.time.Cycle;
import dev.kairos.condition.internal.time.Units;
import dev.kairos.condition.internal.time.Window;
import java.math.BigDecimal;

/**
 * Windows written the one way the language reads them back to the same window: the canonical text
 * of the window clauses ({@code after 08:00}, {@code between Mon 10:00 and Fri}). Not API.
 */
public final class WindowText {
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private WindowText() {
    }

    /**
     * The clause after the cycle, or {@code null} for the whole cycle from its usual start. A whole
     * cycle from another point is {@code starting T} where {@code starting} is accepted, else
     * {@code between T and T}.
     */
    public static String clause(Window w, boolean startingAccepted) {
        Cycle c = w.cycle();
        if (w.isWhole() && startingAccepted) {
            return null;
        }
        if (w.start() == w.end() || w.isWhole()) {
            return startingAccepted ? "starting " + start(c, w.start())
                    : "between " + start(c, w.start()) + " and " + exactEnd(c, w.isWhole() ? c.nominal() : w.end());
        }
        boolean days = c == Cycle.WEEK || c == Cycle.MONTH;
        if (days && w.start() % Units.DAY == 0 && w.end() == w.start() + Units.DAY) {
            return "on " + start(c, w.start());
        }
        if (w.start() == 0) {
            return "before " + end(c, w.end());
        }
        if (w.end() == c.nominal()) {
            return "after " + start(c, w.start());
        }
        return "between " + start(c, w.start()) + " and " + end(c, w.end());
    }

    /** A point read as a start: a weekday or month day without a time is its first instant. */
    static String start(Cycle c, long at) {
        return switch (c) {
            case SECOND -> decimal(at, Units.MILLI);
            case MINUTE -> decimal(at, Units.SECOND);
            case HOUR -> minutes(at);
            case DAY -> clock(at);
            case WEEK, MONTH -> day(c, at / Units.DAY) + (at % Units.DAY == 0 ? "" : " " + clock(at % Units.DAY));
        };
    }

    /** A point read as an end: a weekday or month day without a time is its last instant. */
    static String end(Cycle c, long at) {
        if ((c == Cycle.WEEK || c == Cycle.MONTH) && at % Units.DAY == 0 && at > 0) {
            return day(c, at / Units.DAY - 1);
        }
        return exactEnd(c, at);
    }

    /** A point read as an end, always with its time. */
    private static String exactEnd(Cycle c, long at) {
        return switch (c) {
            case SECOND, MINUTE, HOUR -> start(c, at);
            case DAY -> at == Units.DAY ? "24:00" : clock(at);
            case WEEK, MONTH -> at == c.nominal() ? day(c, at / Units.DAY - 1)
                    : day(c, at / Units.DAY) + " " + clock(at % Units.DAY);
        };
    }

    private static String day(Cycle c, long index) {
        if (c == Cycle.WEEK) {
            return WEEKDAYS[(int) index];
        }
        long n = index + 1;
        String suffix = n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th";
        return n + suffix;
    }

    /** {@code 08:00}, {@code 08:00:30}, {@code 08:00:30.25}. */
    private static String clock(long at) {
        long h = at / Units.HOUR;
        long m = at % Units.HOUR / Units.MINUTE;
        long rest = at % Units.MINUTE;
        String hm = two(h) + ":" + two(m);
        return rest == 0 ? hm : hm + ":" + seconds(rest);
    }

    /** {@code 45:00}, {@code 15:05.5}: minutes and seconds of an hour. */
    private static String minutes(long at) {
        return two(at / Units.MINUTE) + ":" + seconds(at % Units.MINUTE);
    }

    /** Seconds of a minute, two digits, with a fraction if any: {@code 05}, {@code 05.5}. */
    private static String seconds(long nanos) {
        String s = decimal(nanos, Units.SECOND);
        return nanos < 10 * Units.SECOND ? "0" + s : s;
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    /** {@code nanos} in units, as a plain decimal without trailing zeros: {@code 45}, {@code 15.005}. */
    private static String decimal(long nanos, long unit) {
        BigDecimal d = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(unit)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
