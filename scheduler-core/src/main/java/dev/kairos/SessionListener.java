package dev.kairos;

import dev.kairos.log.LogRecord;

/**
 * Hooks called by a session on its own thread: keep them quick (hand long work to another thread).
 * An exception thrown by a hook is logged and ignored; it never stops the session nor changes a run.
 * Every method does nothing by default.
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
}
