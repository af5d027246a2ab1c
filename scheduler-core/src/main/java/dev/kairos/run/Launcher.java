package dev.kairos.run;

/**
 * Where and how the runs of one {@link dev.kairos.task.Execution} are carried out: on the session
 * thread, on a pool of threads, in child JVMs. A session has one launcher per execution; the
 * built-in ones are used unless {@code SessionBuilder.launcher} gives another (for example to run
 * {@code THREAD} tasks on an application's own executor).
 *
 * <p>The session keeps the count of runs in progress per launcher and never hands it more than
 * {@link #capacity()} at once: a due task waits for a run to return (highest priority first). A
 * slot is taken from {@link #launch} until the run's body has returned, even after the run was
 * terminated. Every method is called on the session thread, so none needs a lock; they must return
 * quickly (hand the work to another thread), except that {@link #atInstant()} may run bodies
 * itself.
 *
 * <p>A launcher must eventually have {@link LaunchedRun#execute()} (or {@link
 * LaunchedRun#execute(dev.kairos.task.TaskBody)}) called exactly once for every run it is given,
 * unless the session stops first ({@link #close()}); that call records the outcome. A failure of
 * the launcher itself (an exception from {@link #launch}) fails that run; it never stops the session.
 */
public interface Launcher {

    /** What {@link #capacity()} answers for a launcher without a limit. */
    int UNLIMITED = Integer.MAX_VALUE;

    /** How many runs may be in progress at once; constant for the launcher's life. */
    int capacity();

    /**
     * The session starts: make what runs need (threads, directories) now, so that the first run does
     * not wait for it. Called once, before any other method but {@link #capacity()}. The default does
     * nothing.
     */
    default void open() {
    }

    /**
     * Takes a run whose {@code run} record is written. With a system clock this is called a few
     * milliseconds before {@link LaunchedRun#start()}; {@link LaunchedRun#execute()} waits for that
     * instant, so a launcher may hand the run to its thread at once.
     */
    void launch(LaunchedRun run);

    /**
     * Called once per pass when the clock has reached the pass's instant, after the pass's runs were
     * launched and its records taken in. A launcher that runs bodies on the session thread runs
     * them here; the others do nothing (the default).
     */
    default void atInstant() {
    }

    /**
     * Asks a run to stop (its timeout passed, its end condition holds, or the session stops). The
     * default sets the run's termination flag and interrupts the thread executing its body.
     */
    default void terminate(LaunchedRun run) {
        run.stop();
    }

    /**
     * The session has stopped: every run was recorded, and the runs still going were terminated.
     * Let threads and processes go; called once. The default does nothing.
     */
    default void close() {
    }
}
