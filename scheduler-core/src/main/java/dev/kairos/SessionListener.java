package dev.kairos;

import dev.kairos.log.LogRecord;
import java.time.Instant;

/**
 * Hooks called by a session, on its own thread except {@link #bodyStarted}: keep them quick (hand
 * long work to another thread). An exception thrown by a hook is logged and ignored; it never stops
 * the session nor changes a run. Every method does nothing by default. Together they carry what a
 * metrics binding needs: each start, each finish with its outcome ({@link LogRecord#action()}) and
 * duration ({@link LogRecord#runtime()}), and each start's lateness.
 */
public interface SessionListener {

    /** The session has read its log and is about to make its first pass. */
    default void sessionStarted(Session session) {
    }

    /** The session has stopped: every run has finished or was terminated, and the log is closed. */
    default void sessionStopped(Session session) {
    }

    /** A run started; its {@code run} record (given) is in the task log. */
    default void runStarted(LogRecord record) {
    }

    /**
     * A run finished (success, fail, inaction), was terminated, or was found crashed at start; its
     * record (given) is in the task log.
     */
    default void runFinished(LogRecord record) {
    }

    /**
     * A run's body is about to begin. Called on the thread that runs it (a pool thread, a child
     * JVM's watcher, the session thread for {@code MAIN}), possibly at the same time as other hooks:
     * make it thread-safe. {@code began} minus {@code due} is the run's lateness: {@code due} is when
     * the task became due (the instant its start condition came true, or when it was asked to run),
     * {@code began} the clock's instant as the body begins. Not called for a run terminated before
     * its body began.
     */
    default void bodyStarted(String task, String runId, Instant due, Instant began) {
    }
}
