package dev.kairos.internal.loop;

import dev.kairos.internal.launch.Outcome;
import java.time.Instant;
import java.util.Map;

/** Something that happened outside the session thread and wakes it. */
sealed interface Event {

    /** A run's body returned (or threw). */
    record Finished(RunState run, Outcome outcome, Instant end) implements Event {
    }

    /** A task was added, possibly replacing another of the same name. */
    record Added(TaskState task, TaskState replaced) implements Event {
    }

    /** A task was removed. */
    record Removed(TaskState task) implements Event {
    }

    /** The task of that name, if the session still has it, is enabled or disabled. */
    record Enabled(String task, boolean enabled) implements Event {
    }

    /** A run of the task of that name is asked for, with these per-run parameters. */
    record RunAsked(String task, Map<String, Object> parameters) implements Event {
    }

    /** The runs of the task of that name in progress are to be terminated. */
    record TerminateAsked(String task) implements Event {
    }

    /** A session parameter changed: conditions that read it may change. */
    record ParametersChanged(String name) implements Event {
    }

    /** A shutdown was asked. */
    record ShutdownAsked() implements Event {
    }

    /** The JVM is exiting (System.exit, a signal): runs whose thread called exit fail, the session stops. */
    record JvmExiting() implements Event {
    }

    /** A shared task log has news (others' records, or fencing): nothing to apply, a pass to make. */
    record LogNews() implements Event {
    }

    /** A question about the session's state, answered on the session thread. */
    record Asked(Runnable question) implements Event {
    }
}
