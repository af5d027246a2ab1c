package dev.kairos.task;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a session needs to know of a task. Immutable; make one with {@link #builder(String)},
 * or from annotated methods with {@link #fromAnnotations(Object)}. Conditions are kept as text and
 * read when the task is bound to a session, with the session's parser (so that phrases registered
 * with the session can be used).
 *
 * @param name        unique within a session, never blank
 * @param start       when the task starts, or {@code null} for never by itself (only when asked)
 * @param end         when a running run is terminated, or {@code null} for no end condition
 * @param timeout     how long a run may take: {@code null} for the session's default,
 *                    {@link #NO_TIMEOUT} for no limit
 * @param execution   where runs execute, or {@code null} for the session's default
 * @param priority    higher starts first when several tasks are due at once
 * @param disabled    whether the task is disabled (never starts, not even when asked)
 * @param parameters  the task's parameters, which override the session's of the same name
 * @param multilaunch whether a run may start while another run of the task is going on
 * @param phase       when the task runs: by its start condition, once at startup, or once at shutdown
 * @param body        the code
 * @param jvmOptions  options for the child JVM of {@link Execution#PROCESS} runs, after the session's
 */
public record TaskDefinition(String name, String start, String end, Duration timeout, Execution execution,
        int priority, boolean disabled, Map<String, Object> parameters, boolean multilaunch, Phase phase,
        TaskBody body, List<String> jvmOptions) {

    /** The timeout that means "no limit" ({@code timeout = "never"}). */
    public static final Duration NO_TIMEOUT = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

    /** When a task runs. */
    public enum Phase {
        /** Whenever its start condition holds, or when asked to run. */
        SCHEDULED,
        /** Once when the session starts, before any scheduled task; and when asked to run. */
        ON_STARTUP,
        /** Once when the session shuts down; and when asked to run. */
        ON_SHUTDOWN
    }

    /** Checks every field; messages name the field and the bad value. */
    public TaskDefinition {
        TaskChecks.name(name);
        start = TaskChecks.condition("start", start);
        end = TaskChecks.condition("end", end);
        TaskChecks.timeout(timeout);
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(body, "body");
        jvmOptions = List.copyOf(Objects.requireNonNull(jvmOptions, "jvmOptions"));
        if (execution == Execution.PROCESS && !(body instanceof MethodBody) && !(body instanceof CommandBody)) {
            throw new IllegalArgumentException("task '" + name + "' cannot run in a child JVM: its body (" + body
                    + ") is not a method a child can call; use an @Task method, a command, or THREAD execution");
        }
    }

    /** A builder for a task of this name. */
    public static TaskBuilder builder(String name) {
        return new TaskBuilder(name);
    }

    /** A builder that starts from this definition, to make a changed copy. */
    public TaskBuilder toBuilder() {
        return new TaskBuilder(this);
    }

    /**
     * The tasks of the {@link Task}-annotated methods of {@code target}'s class and superclasses.
     *
     * @throws IllegalArgumentException naming the method, when a parameter cannot be injected (no
     *                                  name: compile with {@code -parameters} or use
     *                                  {@code @Parameter}), a timeout cannot be read, or more than
     *                                  one execution is given
     */
    public static List<TaskDefinition> fromAnnotations(Object target) {
        return AnnotatedTasks.of(target);
    }
}
