package dev.kairos.run;

import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskDefinition;
import java.time.Instant;

/**
 * One run handed to a {@link Launcher}: which task, which run, when it starts, and the means to
 * execute it. Its {@code run} record is written before a launcher sees it. Thread-safe.
 */
public interface LaunchedRun {

    /** The definition the run started with (a task replaced since keeps its runs' definitions). */
    TaskDefinition task();

    /** The run's id, as in the task log. */
    String runId();

    /** The run's start as recorded; its body does not begin before it. */
    Instant start();

    /**
     * Executes the task's body on the calling thread: waits for {@link #start()} if it is still to
     * come, runs the body with the run's context, and hands the outcome (success, failure, inaction,
     * whatever the body threw) to the session, which records it. Returns when that is done; never
     * throws for the body's failures. Call it once.
     *
     * @throws IllegalStateException if the run was executed already
     */
    void execute();

    /**
     * As {@link #execute()}, running {@code body} in place of the task's own, with the run's context:
     * for a launcher that carries the task out elsewhere (a child JVM, another host), {@code body}
     * starts it there and waits for its result.
     *
     * @throws IllegalStateException if the run was executed already
     */
    void execute(TaskBody body);

    /** Whether the run was asked to stop. */
    boolean terminationRequested();

    /**
     * Sets the run's termination flag (which its body sees in
     * {@link dev.kairos.task.TaskContext#terminationRequested()}) and interrupts the thread
     * executing the body, if the body is executing on a thread other than the caller's.
     */
    void stop();
}
