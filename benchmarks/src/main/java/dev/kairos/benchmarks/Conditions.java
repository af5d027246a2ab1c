package dev.kairos.benchmarks;

/** The condition texts the benchmarks share. */
final class Conditions {
    static final String PERIODIC = "every 10 minutes";
    static final String DEPENDENCY = "daily after 08:00 & after task 't0' succeeded";
    static final String WINDOW = "time of day between 10:00 and 12:00 & minutely";
    static final String COMPOUND = "daily after 08:00 & after task 't0' succeeded & time of day between 10:00 and 12:00"
            + " & ~task 't1' has failed today & every 10 minutes";

    private Conditions() {
    }
}
