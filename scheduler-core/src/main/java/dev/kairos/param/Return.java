package dev.kairos.param;

import java.util.Objects;

/**
 * A parameter value that stands for the latest result (return value) of another task in this
 * session: {@code TaskBuilder.parameter("rows", Return.of("fetch"))}. Resolved right before the
 * run; {@code null} if that task has not succeeded since the session started (results are kept in
 * memory only, not in the task log).
 *
 * @param task the task whose result is passed
 */
public record Return(String task) {

    /** Checks the task name. */
    public Return {
        Objects.requireNonNull(task, "task");
        if (task.isBlank()) {
            throw new IllegalArgumentException("task must not be blank, was '" + task + "'");
        }
    }

    /** The latest result of {@code task}. */
    public static Return of(String task) {
        return new Return(task);
    }
}
