package dev.kairos.run;

/** Something that happened outside the session thread and wakes it. */
sealed interface Event {

    /** A run's body returned (or threw). */
    record Finished(RunState run, Outcome outcome, java.time.Instant end) implements Event {
    }

    /** A task was added, possibly replacing another of the same name. */
    record Added(TaskState task, TaskState replaced) implements Event {
    }

    /** A task was removed. */
    record Removed(TaskState task) implements Event {
    }

    /** A task was enabled, disabled, or asked to run. */
    record Touched(TaskState task) implements Event {
    }

    /** A session parameter changed: conditions that read it may change. */
    record ParametersChanged(String name) implements Event {
    }

    /** A shutdown was asked. */
    record ShutdownAsked() implements Event {
    }
}
