package dev.kairos.task;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of an object registered with a session as a task. The method's parameters are
 * injected by name (compile with {@code -parameters}) or by {@code @Parameter("name")}, and a
 * parameter of type {@link TaskContext} receives the run's context. Its return value is the run's
 * result; see {@link TaskBody} for failures and {@link NothingToDo}.
 *
 * <pre>{@code
 * @Task(start = "daily after 08:00", execution = Execution.THREAD, timeout = "2 hours")
 * public void fetch(String url, TaskContext context) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Task {

    /** The task's name; empty (the default) for the method's name. */
    String name() default "";

    /** When the task starts; empty (the default) for never by itself (only when asked to run). */
    String start() default "";

    /** When a running run is terminated; empty (the default) for no end condition. */
    String end() default "";

    /** A duration such as {@code "2 hours"}, or {@code "never"}; empty for the session's default. */
    String timeout() default "";

    /** At most one execution; none (the default) for the session's default. */
    Execution[] execution() default {};

    /** Higher runs first when several tasks are due at once. */
    int priority() default 0;

    /** Whether the task starts disabled. */
    boolean disabled() default false;

    /** Whether a new run may start while another run of the task is going on. */
    boolean multilaunch() default false;

    /** Options for the child JVM when the task runs in {@link Execution#PROCESS}, e.g. {@code "-Xmx256m"}. */
    String[] jvmOptions() default {};

    /** Whether the task runs once when the session starts, before any other task, and only then. */
    boolean onStartup() default false;

    /** Whether the task runs once when the session shuts down, and only then. */
    boolean onShutdown() default false;
}
