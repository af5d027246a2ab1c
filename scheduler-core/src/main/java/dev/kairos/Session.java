package dev.kairos;

import dev.kairos.log.TaskLog;
import dev.kairos.task.TaskDefinition;
import dev.kairos.view.SessionView;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scheduler: tasks, their conditions, a task log and a loop that starts each task when its
 * condition holds. Make one with {@link #builder()}.
 *
 * <p>The loop runs on one thread ({@link #start()} blocks on the caller's thread;
 * {@link #startInBackground()} makes one). Each pass takes the tasks due in priority order, starts
 * those whose start condition holds or that were asked to run, terminates runs whose end condition
 * holds or whose timeout passed, checks the shutdown condition, and then sleeps until the earliest
 * instant at which a condition can change, or until an event (a run finished, a task was added,
 * changed or asked to run, shutdown was asked). It never polls: an idle session uses no CPU.
 *
 * <p>The methods that change tasks may be called from any thread, before or while the session runs;
 * the change takes effect at the next pass. A session runs once: it cannot be started again after
 * it stopped.
 */
public interface Session {

    /** A builder with the defaults listed in {@link SessionBuilder}. */
    static SessionBuilder builder() {
        return new SessionBuilder();
    }

    /**
     * Runs the session on this thread until it is shut down (by {@link #shutdown()}, its shutdown
     * condition, or a fatal error).
     *
     * @throws IllegalStateException  if a condition names a task the session does not have, or the
     *                                session was started already
     * @throws SessionFailedException if the task log cannot be read, or a fatal error stopped it
     */
    void start();

    /**
     * Runs the session on a new thread; returns once the task log has been read and the first pass
     * is about to run.
     *
     * @throws IllegalStateException  as {@link #start()}
     * @throws SessionFailedException if the task log cannot be read
     */
    SessionHandle startInBackground();

    /**
     * Asks for a graceful shutdown and returns at once: no task starts any more (except on-shutdown
     * tasks), runs going on may finish within the shutdown wait, and what is left is then terminated
     * and recorded.
     */
    void shutdown();

    /**
     * Adds a task; a name that exists already is handled as the session's {@link OnDuplicate} says.
     *
     * @return the name the task got (another one with {@link OnDuplicate#RENAME}), or empty if it
     *         was ignored ({@link OnDuplicate#IGNORE})
     * @throws IllegalArgumentException for a condition that cannot be read (naming the task and the
     *                                  condition; the cause is the
     *                                  {@link dev.kairos.condition.ConditionSyntaxException}), a
     *                                  duplicate with {@link OnDuplicate#RAISE}, or, once the session
     *                                  runs, a condition naming a task the session does not have
     */
    Optional<String> add(TaskDefinition task);

    /**
     * Puts a task in place of the one of the same name, whatever the session's {@link OnDuplicate}
     * says, or adds it if there is none, in one step: no pass sees the name without a task. Runs of
     * the old definition that are going finish and are recorded; the new definition does not start
     * while they go (unless multilaunch). Its history (the log's records under its name) stays.
     *
     * @return whether a task was replaced
     * @throws IllegalArgumentException as {@link #add} does; the old task then stays
     */
    boolean replace(TaskDefinition task);

    /**
     * Adds the tasks of the {@code @Task}-annotated methods of {@code target}.
     *
     * @return the names the tasks got (ignored ones left out)
     * @throws IllegalArgumentException as {@link #add} and {@link TaskDefinition#fromAnnotations}
     */
    List<String> addAll(Object target);

    /**
     * Removes a task. Its runs going on are not stopped: they finish and are recorded as usual.
     *
     * @return whether there was such a task
     */
    boolean remove(String name);

    /**
     * Enables or disables a task. A disabled task does not start, not even when asked; requests to
     * run it wait until it is enabled.
     *
     * @throws IllegalArgumentException if there is no such task
     */
    void setEnabled(String name, boolean enabled);

    /**
     * Asks for a run of the task at the next pass, whatever its start condition. If a run of it is
     * going on and it is not multilaunch, the new run starts when that one finishes.
     *
     * @param parameters per-run parameters; they override the task's and the session's
     * @throws IllegalArgumentException if there is no such task
     */
    void runNow(String name, Map<String, ?> parameters);

    /** As {@link #runNow(String, Map)} without per-run parameters. */
    default void runNow(String name) {
        runNow(name, Map.of());
    }

    /**
     * Terminates, at the next pass, the task's runs that are in progress in this session then, as a
     * timeout does: each gets a {@code terminate} record ("terminated on request") and its body is
     * asked to stop (a thread is interrupted, a child process is ended). Runs asked for and not
     * started are not touched; nor are runs of the task in other sessions that share the log.
     *
     * @throws IllegalArgumentException if there is no such task
     */
    void terminate(String name);

    /**
     * Sets a session parameter (a value, a {@link dev.kairos.param.ParameterSupplier} or a
     * {@link dev.kairos.param.Return}); conditions that read parameters are checked again.
     */
    void setParameter(String name, Object value);

    /**
     * Removes a session parameter; conditions that read it are checked again ({@code param 'x'
     * exists} turns false). Runs already started keep what they were given; a task's own parameter
     * of that name is not affected.
     *
     * @return whether the session had the parameter
     */
    boolean removeParameter(String name);

    /**
     * Adds a listener, from any thread, as {@link SessionBuilder#listener} does before the session is
     * built: it hears what happens from its next call on. One added after the session started does
     * not hear {@link SessionListener#sessionStarted}. This is how a binding (metrics, say) attaches
     * itself to a session it is given.
     */
    void addListener(SessionListener listener);

    /** The names of the session's tasks now. */
    Set<String> taskNames();

    /** The definition of a task, if the session has it. */
    Optional<TaskDefinition> task(String name);

    /** The zone in which the session's periods are wall-clock periods. */
    ZoneId zone();

    /**
     * The task log the session records its runs in, to read beside it ({@link TaskLog#follow}, as a
     * dashboard does); only the session appends to it.
     */
    TaskLog taskLog();

    /**
     * A read-only view of the session (its tasks' state, why a task waits, when it starts next,
     * slots in use), for dashboards, health checks and metrics; safe from any thread.
     */
    SessionView view();
}
