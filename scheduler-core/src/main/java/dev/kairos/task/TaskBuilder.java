package dev.kairos.task;

import dev.kairos.condition.Condition;
import dev.kairos.condition.time.Durations;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link TaskDefinition}; each setter rejects a bad value at once. Only a body is required
 * ({@link #body}, {@link #command} or {@link #shell}); everything else has a default: no start
 * condition (runs only when asked), no end condition, the session's timeout and execution, priority
 * 0, enabled, no parameters, no multilaunch, scheduled phase.
 */
public final class TaskBuilder {
    private final String name;
    private String start;
    private String end;
    private Duration timeout;
    private Execution execution;
    private int priority;
    private boolean disabled;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean multilaunch;
    private TaskDefinition.Phase phase = TaskDefinition.Phase.SCHEDULED;
    private TaskBody body;
    private List<String> jvmOptions = List.of();

    TaskBuilder(String name) {
        this.name = TaskChecks.name(name);
    }

    TaskBuilder(TaskDefinition from) {
        this(from.name());
        start = from.start();
        end = from.end();
        timeout = from.timeout();
        execution = from.execution();
        priority = from.priority();
        disabled = from.disabled();
        parameters.putAll(from.parameters());
        multilaunch = from.multilaunch();
        phase = from.phase();
        body = from.body();
        jvmOptions = from.jvmOptions();
    }

    /**
     * Options for the child JVM of this task's {@link Execution#PROCESS} runs, e.g. {@code -Xmx256m};
     * they come after the session's, so they win where the JVM takes the last of a repeated option.
     */
    public TaskBuilder jvmOptions(String... options) {
        for (String option : options) {
            if (option == null || option.isBlank()) {
                throw new IllegalArgumentException("jvmOptions must not be blank, were " + java.util.Arrays.toString(options));
            }
        }
        this.jvmOptions = List.of(options);
        return this;
    }

    /** When the task starts, e.g. {@code "daily after 08:00"}; read when the task joins a session. */
    public TaskBuilder start(String condition) {
        this.start = nonBlank("start", condition);
        return this;
    }

    /**
     * When the task starts, built in Java, e.g. {@code Conditions.daily().after("08:00")}; kept as its
     * text ({@link Condition#toString()}), which reads back to an equal condition.
     */
    public TaskBuilder start(Condition condition) {
        return start(Objects.requireNonNull(condition, "start").toString());
    }

    /** When a running run is terminated, e.g. {@code "time of day after 18:00"}. */
    public TaskBuilder end(String condition) {
        this.end = nonBlank("end", condition);
        return this;
    }

    /** When a running run is terminated, built in Java, e.g. {@code Conditions.timeOfDay().after("18:00")}; kept as its text. */
    public TaskBuilder end(Condition condition) {
        return end(Objects.requireNonNull(condition, "end").toString());
    }

    /** How long a run may take before it is terminated. */
    public TaskBuilder timeout(Duration timeout) {
        this.timeout = TaskChecks.timeout(Objects.requireNonNull(timeout, "timeout"));
        return this;
    }

    /**
     * A timeout written as in conditions ({@code "2 hours"}, {@code "90s"}), or {@code "never"}.
     *
     * @throws dev.kairos.condition.ConditionSyntaxException if the duration cannot be read
     */
    public TaskBuilder timeout(String timeout) {
        Objects.requireNonNull(timeout, "timeout");
        this.timeout = timeout.strip().toLowerCase(Locale.ROOT).equals("never") ? TaskDefinition.NO_TIMEOUT
                : TaskChecks.timeout(Durations.parse(timeout));
        return this;
    }

    /** No timeout, whatever the session's default. */
    public TaskBuilder noTimeout() {
        this.timeout = TaskDefinition.NO_TIMEOUT;
        return this;
    }

    /** Where runs execute. */
    public TaskBuilder execution(Execution execution) {
        this.execution = Objects.requireNonNull(execution, "execution");
        return this;
    }

    /** Higher starts first when several tasks are due at once. */
    public TaskBuilder priority(int priority) {
        this.priority = priority;
        return this;
    }

    /** Whether the task is disabled. */
    public TaskBuilder disabled(boolean disabled) {
        this.disabled = disabled;
        return this;
    }

    /** A task parameter; it overrides a session parameter of the same name. */
    public TaskBuilder parameter(String name, Object value) {
        parameters.put(TaskChecks.parameterName(name), Objects.requireNonNull(value, "value of " + name));
        return this;
    }

    /** Whether a run may start while another run of the task is going on. */
    public TaskBuilder multilaunch(boolean multilaunch) {
        this.multilaunch = multilaunch;
        return this;
    }

    /** When the task runs: by its start condition (the default), at startup, or at shutdown. */
    public TaskBuilder phase(TaskDefinition.Phase phase) {
        this.phase = Objects.requireNonNull(phase, "phase");
        return this;
    }

    /** The code of the task. */
    public TaskBuilder body(TaskBody body) {
        this.body = Objects.requireNonNull(body, "body");
        return this;
    }

    /**
     * A command: the program and its arguments, started directly (no shell). A non-zero exit code
     * fails the run; standard output and error, merged, become the run's message (the last 4000
     * characters). Termination destroys the process and its descendants. See {@link CommandBody}.
     *
     * @throws IllegalArgumentException if there is no program
     */
    public TaskBuilder command(String... programAndArguments) {
        List<String> argv = List.of(programAndArguments);
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw new IllegalArgumentException("command needs a program, was " + argv);
        }
        this.body = CommandBody.of(argv);
        return this;
    }

    /** A command line run by {@code sh -c}; otherwise as {@link #command}. */
    public TaskBuilder shell(String commandLine) {
        nonBlank("shell", commandLine);
        this.body = CommandBody.of(List.of("sh", "-c", commandLine));
        return this;
    }

    /**
     * The definition.
     *
     * @throws IllegalStateException if no body was given
     */
    public TaskDefinition build() {
        if (body == null) {
            throw new IllegalStateException("task '" + name + "' has no body: call body(), command() or shell()");
        }
        return new TaskDefinition(name, start, end, timeout, execution, priority, disabled, parameters,
                multilaunch, phase, body, jvmOptions);
    }

    private static String nonBlank(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
        }
        return value;
    }
}
