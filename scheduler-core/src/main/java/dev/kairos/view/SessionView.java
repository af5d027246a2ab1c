package dev.kairos.view;

import dev.kairos.condition.Explanation;
import dev.kairos.task.Execution;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of a running session, for dashboards, health checks, actuator endpoints and
 * metrics: its tasks with their state, why a task waits, when it will start. Thread-safe: call it
 * from any thread. Get one from {@code Session.view()}.
 *
 * <p>Answers are snapshots: each is consistent in itself (taken between two passes of the loop) and
 * may be stale as soon as it is returned. The methods that look at tasks are answered by the session
 * thread at its next pass (at once when the session has not started or has stopped), so they wait
 * while a {@code MAIN} run holds that thread, and fail after 10 seconds; the counters
 * ({@link #state()}, {@link #enabledTasks()}, {@link #runsInProgress}, {@link #taskLogFailing()}) never
 * wait.
 */
public interface SessionView {

    /** Where a session is in its life. */
    enum State {
        /** Built, not started yet. */
        NEW,
        /** Starting tasks. */
        RUNNING,
        /** Shutting down: no new runs (except on-shutdown tasks); runs going on may finish. */
        STOPPING,
        /** Stopped: every run was recorded, the task log is closed. */
        STOPPED
    }

    /** Where the session is now. */
    State state();

    /** The error that stopped the session, if one did (a fatal condition error, a failure of the loop). */
    Optional<Throwable> failure();

    /** Whether the latest write to the task log failed (the session then starts nothing until one works). */
    boolean taskLogFailing();

    /** The zone of the session's periods. */
    ZoneId zone();

    /** The session clock's instant now. */
    Instant now();

    /** Every task of the session, by name. */
    List<TaskView> tasks();

    /** One task, if the session has it. */
    Optional<TaskView> task(String name);

    /**
     * The start condition of a task evaluated now, as a tree with each part's value, reason and next
     * change (the same words as {@code kairos explain}).
     *
     * @return empty if the session has no such task or the task has no start condition
     */
    Optional<Explanation> explain(String task);

    /**
     * The next instants, from now on, at which the task's start condition holds, assuming the task
     * starts and succeeds at each and no other task runs (as {@code kairos next}); at most
     * {@code count}, fewer when only another task's run can make it hold.
     *
     * @return empty if the session has no such task or the task has no start condition
     */
    List<Instant> nextStarts(String task, int count);

    /** How many of the session's tasks are enabled now (a count that never waits). */
    int enabledTasks();

    /** How many runs of this execution are in progress now (their slots taken). */
    int runsInProgress(Execution execution);

    /** How many runs of this execution may be in progress at once ({@code Integer.MAX_VALUE}: no limit). */
    int capacity(Execution execution);
}
