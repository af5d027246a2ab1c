package dev.kairos.task;

import java.time.Instant;
import org.slf4j.Logger;

/**
 * What a running task knows of its run: its name and id, its parameters, whether it is asked to
 * stop, and a logger. Handed to a {@link TaskBody}, or injected into an {@code @Task} method that
 * declares a parameter of this type. Safe to use from the run's thread only.
 */
public interface TaskContext {

    /** The task's name. */
    String taskName();

    /** The run's id, as in the task log's {@code run_id} column. */
    String runId();

    /** When the run started, by the session's clock. */
    Instant started();

    /**
     * Whether the run is asked to stop (timeout, end condition, shutdown). A long body should poll
     * this, or block interruptibly: the thread is also interrupted.
     */
    boolean terminationRequested();

    /**
     * A logger named {@code kairos.task.<task name>}. While the body runs, the logging context (MDC)
     * holds {@code kairos.task} and {@code kairos.run}.
     */
    Logger logger();

    /**
     * The value of a parameter, looked up in the run's parameters, then the task's, then the
     * session's; a session supplier is computed now, and a {@code Return} gives that task's latest
     * result. {@code null} when no level has the name (or the value is null); see {@link #require}.
     *
     * @throws IllegalStateException naming the parameter, when its supplier fails
     */
    Object parameter(String name);

    /** Whether some level (run, task, session) defines this parameter. */
    boolean hasParameter(String name);

    /**
     * The value of a parameter that must exist.
     *
     * @throws dev.kairos.param.MissingParameterException naming the parameter and the levels searched,
     *                                                    which fails the run
     */
    Object require(String name);

    /** Sets the message recorded with the run's finish, e.g. a summary of what was done. */
    void message(String message);
}
