package dev.kairos.view;

import dev.kairos.condition.Action;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A task as a session sees it at one moment.
 *
 * @param definition      the task's definition (its conditions as written)
 * @param execution       where its runs execute (the session's default when the definition names none)
 * @param state           what it is doing
 * @param runs            its runs in progress, oldest first
 * @param lastOutcome     how its latest finished run ended ({@code success}, {@code fail},
 *                        {@code terminate}, {@code inaction}, {@code crash}), or null if none did
 * @param lastOutcomeAt   when, or null
 * @param failuresInARow  the failures since its latest other outcome
 * @param nextStart       the next instant its start condition holds (see
 *                        {@link SessionView#nextStarts}), or null if none is known: no start
 *                        condition, or it waits for another task
 * @param waitsFor        when it is idle or queued with no next start known: why its start
 *                        condition is false, in the words of {@link SessionView#explain} (the reason
 *                        of its first false part, deepest first: {@code task 'fetch' has not
 *                        succeeded …}); else null
 */
public record TaskView(TaskDefinition definition, Execution execution, State state, List<RunView> runs,
        Action lastOutcome, Instant lastOutcomeAt, int failuresInARow, Instant nextStart, String waitsFor) {

    /** What a task is doing. */
    public enum State {
        /** A run of it is in progress. */
        RUNNING,
        /** It is due, but every slot of its execution is taken. */
        QUEUED,
        /** Nothing in progress; it starts when its condition holds or when asked. */
        IDLE,
        /** Disabled: it does not start, not even when asked. */
        DISABLED
    }

    /** Checks the fields; the list is copied. */
    public TaskView {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(state, "state");
        runs = List.copyOf(runs);
    }

    /** The task's name. */
    public String name() {
        return definition.name();
    }
}
