package dev.kairos;

import dev.kairos.condition.Condition;
import dev.kairos.condition.ConditionParser;
import dev.kairos.condition.Phrase;
import dev.kairos.condition.time.Durations;
import dev.kairos.log.TaskLog;
import dev.kairos.param.ParameterSupplier;
import dev.kairos.run.Launcher;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures a {@link Session}. Each setter rejects a bad value at once. Defaults: the system zone
 * and clock, an in-memory task log, 10 threads, {@link Execution#THREAD}, no timeout,
 * {@link OnDuplicate#RAISE}, {@link OnConditionError#FALSE}, no shutdown condition, a 30 s shutdown
 * wait, a 1 s recheck interval, the built-in condition vocabulary, 2 child JVMs at once with
 * {@link #DEFAULT_JVM_OPTIONS}, a 5 s termination grace.
 */
public final class SessionBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private Clock clock;
    private ZoneId zone;
    private TaskLog taskLog;
    private int threads = 10;
    private Execution defaultExecution = Execution.THREAD;
    private Duration defaultTimeout = TaskDefinition.NO_TIMEOUT;
    private OnDuplicate onDuplicate = OnDuplicate.RAISE;
    private OnConditionError onConditionError = OnConditionError.FALSE;
    private String shutdownCondition;
    private Duration shutdownWait = Duration.ofSeconds(30);
    private Duration recheckInterval = Duration.ofSeconds(1);
    private int cacheDepth = 16;
    private final ConditionParser.Builder phrases = ConditionParser.builder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<SessionListener> listeners = new ArrayList<>();
    private final List<TaskDefinition> tasks = new ArrayList<>();
    private int processes = 2;
    private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
    private Duration terminationGrace = Duration.ofSeconds(5);
    private final Launchers launchers = new Launchers();

    /**
     * The child JVM options unless {@link #jvmOptions} is called: a quick start (class-data sharing,
     * the client compiler only, no performance-data file) and an exit on the first out-of-memory
     * error, so a child that runs out of memory fails at once instead of limping on. The client
     * compiler alone costs long, compute-heavy tasks some peak speed: give those
     * {@code -XX:TieredStopAtLevel=4} in their own options.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1",
            "-XX:-UsePerfData", "-XX:+ExitOnOutOfMemoryError");

    SessionBuilder() {
    }

    /** The clock; tests pass a {@code dev.kairos.testing.ManualClock}. Its zone is not used. */
    public SessionBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The zone of the periods ({@code daily}, {@code time of day …}) and of the log's timestamps. */
    public SessionBuilder zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /** Where runs are recorded. */
    public SessionBuilder taskLog(TaskLog taskLog) {
        this.taskLog = Objects.requireNonNull(taskLog, "taskLog");
        return this;
    }

    /** Records runs in a CSV file: {@code taskLog(TaskLog.csv(file))}. */
    public SessionBuilder taskLog(Path file) {
        return taskLog(TaskLog.csv(file));
    }

    /** The size of the thread pool of {@link Execution#THREAD} runs. */
    public SessionBuilder threads(int threads) {
        if (threads < 1 || threads > 10_000) {
            throw new IllegalArgumentException("threads must be between 1 and 10000, was " + threads);
        }
        launchers.configured(Execution.THREAD, "threads");
        this.threads = threads;
        return this;
    }

    /** The execution of tasks that name none. */
    public SessionBuilder defaultExecution(Execution execution) {
        this.defaultExecution = Objects.requireNonNull(execution, "defaultExecution");
        return this;
    }

    /** The timeout of tasks that name none; {@link TaskDefinition#NO_TIMEOUT} for none. */
    public SessionBuilder defaultTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "defaultTimeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("defaultTimeout must be positive, was " + timeout);
        }
        this.defaultTimeout = timeout;
        return this;
    }

    /** As {@link #defaultTimeout(Duration)}, written as in conditions ({@code "2 hours"}) or {@code "never"}. */
    public SessionBuilder defaultTimeout(String timeout) {
        Objects.requireNonNull(timeout, "defaultTimeout");
        return defaultTimeout(timeout.strip().equalsIgnoreCase("never") ? TaskDefinition.NO_TIMEOUT
                : Durations.parse(timeout));
    }

    /** What to do when a task is added under a name that exists already. */
    public SessionBuilder onDuplicate(OnDuplicate policy) {
        this.onDuplicate = Objects.requireNonNull(policy, "onDuplicate");
        return this;
    }

    /** What to do when a condition throws while it is evaluated. */
    public SessionBuilder onConditionError(OnConditionError policy) {
        this.onConditionError = Objects.requireNonNull(policy, "onConditionError");
        return this;
    }

    /**
     * A condition that stops the session when it holds, e.g. {@code "scheduler has run over 1 hour"};
     * read (and checked) at {@link #build()}, with the registered phrases.
     */
    public SessionBuilder shutdownCondition(String condition) {
        Objects.requireNonNull(condition, "shutdownCondition");
        if (condition.isBlank()) {
            throw new IllegalArgumentException("shutdownCondition must not be blank");
        }
        this.shutdownCondition = condition;
        return this;
    }

    /**
     * A condition that stops the session when it holds, built in Java, e.g.
     * {@code Conditions.schedulerHasRunOver(Duration.ofHours(1))}; kept as its text, read at {@link #build()}.
     */
    public SessionBuilder shutdownCondition(Condition condition) {
        return shutdownCondition(Objects.requireNonNull(condition, "shutdownCondition").toString());
    }

    /** How long a shutdown waits for runs to finish before terminating them; zero for not at all. */
    public SessionBuilder shutdownWait(Duration wait) {
        Objects.requireNonNull(wait, "shutdownWait");
        if (wait.isNegative()) {
            throw new IllegalArgumentException("shutdownWait must not be negative, was " + wait);
        }
        this.shutdownWait = wait;
        return this;
    }

    /** How soon conditions whose change cannot be predicted (user phrases) are checked again. */
    public SessionBuilder recheckInterval(Duration interval) {
        Objects.requireNonNull(interval, "recheckInterval");
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("recheckInterval must be 1 ms or more, was " + interval);
        }
        this.recheckInterval = interval;
        return this;
    }

    /**
     * How many instants per task and action the status cache keeps (16 by default): conditions about a
     * window that ended before the latest {@code depth} records of an action may be answered "none"
     * (see {@link dev.kairos.condition.InMemoryHistory#bounded}).
     */
    public SessionBuilder cacheDepth(int depth) {
        if (depth < 1 || depth > 1_000_000) {
            throw new IllegalArgumentException("cacheDepth must be between 1 and 1000000, was " + depth);
        }
        this.cacheDepth = depth;
        return this;
    }

    /**
     * Registers a condition phrase, e.g. {@code phrase("file {} exists", (values, ctx) -> ...)}.
     *
     * @throws IllegalArgumentException as {@link ConditionParser.Builder#phrase}
     */
    public SessionBuilder phrase(String pattern, Phrase meaning) {
        phrases.phrase(pattern, meaning);
        return this;
    }

    /** A session parameter: a value, a {@link ParameterSupplier} or a {@code Return}. */
    public SessionBuilder parameter(String name, Object value) {
        parameters.put(paramName(name), Objects.requireNonNull(value, "value of " + name));
        return this;
    }

    /**
     * The session parameters of the {@code @Parameter}-annotated methods of {@code target}, each
     * computed right before each run that asks for it.
     *
     * @throws IllegalArgumentException naming a method that takes parameters
     */
    public SessionBuilder parameters(Object target) {
        ParameterSupplier.fromAnnotations(target).forEach(this::parameter);
        return this;
    }

    /** A hook; see {@link SessionListener}. */
    public SessionBuilder listener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** A task; its conditions are read at {@link #build()}. */
    public SessionBuilder task(TaskDefinition task) {
        tasks.add(Objects.requireNonNull(task, "task"));
        return this;
    }

    /** How many child JVMs ({@link Execution#PROCESS} runs) may run at once; a due task waits for a slot. */
    public SessionBuilder processes(int processes) {
        if (processes < 1 || processes > 1_000) {
            throw new IllegalArgumentException("processes must be between 1 and 1000, was " + processes);
        }
        launchers.configured(Execution.PROCESS, "processes");
        this.processes = processes;
        return this;
    }

    /**
     * The options of every child JVM, replacing {@link #DEFAULT_JVM_OPTIONS}, e.g. {@code -Xmx512m};
     * a task's own options come after them.
     */
    public SessionBuilder jvmOptions(String... options) {
        for (String option : options) {
            if (option == null || option.isBlank()) {
                throw new IllegalArgumentException("jvmOptions must not be blank, were " + java.util.Arrays.toString(options));
            }
        }
        launchers.configured(Execution.PROCESS, "jvmOptions");
        this.jvmOptions = List.of(options);
        return this;
    }

    /**
     * How long a process (a child JVM, a command, and what they started) has between the polite
     * signal (SIGTERM) and the forcible one (SIGKILL) when its run is terminated.
     */
    public SessionBuilder terminationGrace(Duration grace) {
        if (grace == null || grace.isNegative()) {
            throw new IllegalArgumentException("terminationGrace must be 0 or more, was " + grace);
        }
        this.terminationGrace = grace;
        return this;
    }

    /**
     * Carries out the runs of {@code execution} with {@code launcher} instead of the built-in one,
     * for example {@code THREAD} runs on an application's own executor (see {@link Launcher}).
     *
     * @throws IllegalArgumentException if a setter of the built-in launcher of that execution was
     *                                  called ({@link #threads} for THREAD; {@link #processes},
     *                                  {@link #jvmOptions} for PROCESS), or one was set already
     */
    public SessionBuilder launcher(Execution execution, Launcher launcher) {
        launchers.replace(execution, launcher);
        return this;
    }

    /** The tasks of the {@code @Task}-annotated methods of {@code target}. */
    public SessionBuilder tasks(Object target) {
        tasks.addAll(TaskDefinition.fromAnnotations(target));
        return this;
    }

    /**
     * The session, with its tasks added in order (duplicates handled by {@link #onDuplicate}); logs
     * the effective configuration in one line.
     *
     * @throws IllegalArgumentException for a condition that cannot be read (naming the task; the cause
     *                                  is the {@link dev.kairos.condition.ConditionSyntaxException}), or a
     *                                  duplicate task with {@link OnDuplicate#RAISE}
     */
    public Session build() {
        SessionConfig config = new SessionConfig(clock == null ? Clock.systemUTC() : clock,
                zone == null ? ZoneId.systemDefault() : zone, taskLog == null ? TaskLog.inMemory() : taskLog,
                threads, defaultExecution, defaultTimeout, onDuplicate, onConditionError, shutdownCondition,
                shutdownWait, recheckInterval, cacheDepth, phrases.build(), parameters, listeners, processes,
                jvmOptions, terminationGrace,
                launchers.effective(threads, processes, jvmOptions, terminationGrace, shutdownWait));
        Engine engine = new Engine(config);
        tasks.forEach(engine::add);
        LOG.info("session: {} tasks, {}", tasks.size(), config);
        return engine;
    }

    private static String paramName(String name) {
        if (Objects.requireNonNull(name, "parameter name").isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        return name;
    }
}
