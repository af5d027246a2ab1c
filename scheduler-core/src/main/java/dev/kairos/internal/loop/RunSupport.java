package dev.kairos.internal.loop;

import dev.kairos.internal.launch.Pace;
import dev.kairos.task.CommandBody;
import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskDefinition;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What every run of a session shares: its clock and pace, where it reports, and the session's
 * termination grace for command bodies that name none.
 */
record RunSupport(Clock clock, Pace pace, Consumer<Event> events, Hooks hooks, Duration grace) {

    /** The body a run of {@code definition} executes. */
    TaskBody bodyOf(TaskDefinition definition) {
        TaskBody body = definition.body();
        return body instanceof CommandBody c && c.grace() == null ? c.withGrace(grace) : body;
    }
}
