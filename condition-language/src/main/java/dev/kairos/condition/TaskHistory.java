package dev.kairos.condition;

import java.time.Instant;

/**
 * A read-only view of one task's past, as the conditions need it. Kairos backs it with an
 * {@link InMemoryHistory}: a bounded one in the session's status cache, an exact one in tools and tests.
 *
 * <p>Every method must answer in constant or logarithmic time: conditions call them on every
 * evaluation, and must never scan a log. Instants are those of the records' {@code created} field.
 * Methods return {@code null} where there is nothing to report.
 */
public interface TaskHistory {

    /** The latest record of this action, or {@code null} if there is none. */
    Instant latest(Action action);

    /**
     * The latest record of this action strictly before {@code end}, or {@code null}. Asked only for
     * windows that ended in the past (for example "has succeeded today between 08:00 and 10:00" at
     * 11:00); an implementation that keeps a bounded number of recent records documents its limit.
     */
    Instant latestBefore(Action action, Instant end);

    /** How many runs of the task have started and not finished. */
    int liveRuns();

    /** The start of the oldest run still going, or {@code null} if none is. */
    Instant oldestLiveStart();

    /** The start of the newest run still going, or {@code null} if none is. */
    Instant newestLiveStart();

    /**
     * How many {@link Action#FAIL} records end the task's sequence of finishes (success, fail,
     * terminate, inaction), that is, the failures since the last other finish; 0 if the last finish
     * was not a failure.
     */
    int failuresInARow();

    /** A history with no records: a task that never ran. */
    static TaskHistory empty() {
        return EmptyHistory.INSTANCE;
    }
}
