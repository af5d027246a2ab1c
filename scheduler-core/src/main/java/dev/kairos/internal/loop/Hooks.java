package dev.kairos.internal.loop;

import dev.kairos.log.LogRecord;
import java.time.Instant;

/**
 * What the loop tells the session's listeners. The session's implementation guards each call: a
 * hook that throws is logged and ignored.
 */
public interface Hooks {

    /** The log was read and the first pass is about to run. Session thread. */
    void started();

    /** The session has stopped and its log is closed. Session thread. */
    void stopped();

    /** A record was written to the task log. Session thread. */
    void recorded(LogRecord record);

    /** A run's body is about to begin, on the thread that runs it. */
    void bodyStarted(String task, String runId, Instant due, Instant began);
}
