package dev.kairos.condition.internal.time;

/** Lengths in nanoseconds, the unit of every offset in a cycle. Not API. */
public final class Units {
    /** A millisecond. */
    public static final long MILLI = 1_000_000L;
    /** A second. */
    public static final long SECOND = 1_000 * MILLI;
    /** A minute. */
    public static final long MINUTE = 60 * SECOND;
    /** An hour. */
    public static final long HOUR = 60 * MINUTE;
    /** A day of 24 hours. */
    public static final long DAY = 24 * HOUR;

    private Units() {
    }
}
