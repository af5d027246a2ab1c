package dev.kairos.condition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The five UNIX cron fields as bit sets, for matching a wall-clock minute in nanoseconds and finding
 * the next one without a calendar search per minute. When both the day of the month and the day of
 * the week are restricted, a day matches if either does (as in cron). Not API.
 */
final class CronSchedule {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    private static final String[] DAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    /** How far ahead a next match is sought: 29 February can be eight years away. */
    private static final int MAX_DAYS = 8 * 366 + 1;

    private final long minutes;
    private final long hours;
    private final long daysOfMonth;
    private final long months;
    private final long daysOfWeek;
    private final boolean domRestricted;
    private final boolean dowRestricted;

    private CronSchedule(String[] fields) {
        minutes = field(fields[0], 0, 59, null);
        hours = field(fields[1], 0, 23, null);
        daysOfMonth = field(fields[2], 1, 31, null);
        months = field(fields[3], 1, 12, MONTHS);
        long dow = field(fields[4], 0, 7, DAYS);
        // 7 is Sunday too.
        daysOfWeek = (dow & (1L << 7)) != 0 ? (dow | 1L) & ~(1L << 7) : dow;
        domRestricted = !fields[2].equals("*") && !fields[2].equals("?");
        dowRestricted = !fields[4].equals("*") && !fields[4].equals("?");
    }

    /**
     * @throws IllegalArgumentException if a field uses syntax beyond lists, ranges, steps and names
     */
    static CronSchedule of(String[] fields) {
        return new CronSchedule(fields);
    }

    boolean matches(LocalDateTime minute) {
        return bit(minutes, minute.getMinute()) && bit(hours, minute.getHour()) && dayMatches(minute.toLocalDate());
    }

    /** The first matching minute strictly after {@code minute} (a whole minute), or {@code null}. */
    LocalDateTime next(LocalDateTime minute) {
        LocalDate day = minute.toLocalDate();
        int fromHour = minute.getHour();
        int fromMinute = minute.getMinute() + 1;
        for (int i = 0; i < MAX_DAYS; i++) {
            if (dayMatches(day)) {
                for (int h = fromHour; h < 24; h++) {
                    if (bit(hours, h)) {
                        for (int m = h == fromHour ? fromMinute : 0; m < 60; m++) {
                            if (bit(minutes, m)) {
                                return day.atTime(h, m);
                            }
                        }
                    }
                }
            }
            day = day.plusDays(1);
            fromHour = 0;
            fromMinute = 0;
        }
        return null;
    }

    private boolean dayMatches(LocalDate day) {
        if (!bit(months, day.getMonthValue())) {
            return false;
        }
        boolean dom = bit(daysOfMonth, day.getDayOfMonth());
        boolean dow = bit(daysOfWeek, day.getDayOfWeek().getValue() % 7);
        if (domRestricted && dowRestricted) {
            return dom || dow;
        }
        return dom && dow;
    }

    private static boolean bit(long set, int value) {
        return (set & (1L << value)) != 0;
    }

    private static long field(String text, int min, int max, String[] names) {
        long set = 0;
        for (String part : text.toLowerCase(Locale.ROOT).split(",")) {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = Integer.parseInt(part.substring(slash + 1));
                range = part.substring(0, slash);
            }
            int from;
            int to;
            if (range.equals("*") || range.equals("?")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                from = value(range.substring(0, range.indexOf('-')), names, min);
                to = value(range.substring(range.indexOf('-') + 1), names, min);
            } else {
                from = value(range, names, min);
                to = slash >= 0 ? max : from;
            }
            if (from < min || to > max || from > to || step < 1) {
                throw new IllegalArgumentException("cron field '" + text + "' outside " + min + "-" + max);
            }
            for (int v = from; v <= to; v += step) {
                set |= 1L << v;
            }
        }
        return set;
    }

    private static int value(String text, String[] names, int min) {
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(text)) {
                    return i + (names == MONTHS ? 1 : 0);
                }
            }
        }
        return Integer.parseInt(text);
    }
}
