package dev.kairos.log;

import dev.kairos.condition.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the task log: something that happened to one run of one task.
 *
 * @param created   when the record was made; for {@code run} the start, for a finish the end
 * @param task      the task's name, never blank
 * @param action    what happened
 * @param runId     the run the record belongs to, or {@code null} (old logs may have none)
 * @param start     when the run started, or {@code null}
 * @param end       when the run finished, or {@code null} for a {@code run} record
 * @param runtime   how long the run took, or {@code null} for a {@code run} record
 * @param message   a human-readable note (a command's output, a failure's message); never null
 * @param exception the failure's exception (class and message, or a stack trace), or {@code null}
 */
public record LogRecord(Instant created, String task, Action action, String runId, Instant start, Instant end,
        Duration runtime, String message, String exception) {

    /** Checks the required fields and normalises a null message to the empty string. */
    public LogRecord {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(action, "action");
        if (task.isBlank()) {
            throw new IllegalArgumentException("task must not be blank, was '" + task + "'");
        }
        if (runtime != null && runtime.isNegative()) {
            throw new IllegalArgumentException("runtime must not be negative, was " + runtime);
        }
        message = message == null ? "" : message;
    }

    /** The record that a run started. */
    public static LogRecord started(String task, String runId, Instant start) {
        return new LogRecord(start, task, Action.RUN, runId, start, null, null, "", null);
    }

    /** The record that a run finished with {@code action} at {@code end}. */
    public static LogRecord finished(String task, String runId, Action action, Instant start, Instant end,
            String message, String exception) {
        Duration runtime = start == null || end.isBefore(start) ? null : Duration.between(start, end);
        return new LogRecord(end, task, action, runId, start, end, runtime, message, exception);
    }
}
