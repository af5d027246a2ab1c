package dev.kairos.task;

/**
 * Where a task's runs execute. A task without one uses the session's default execution.
 *
 * <p>A child-JVM execution ({@code PROCESS}) is planned; code that switches over this enum should
 * expect more constants.
 */
public enum Execution {
    /**
     * On the session thread. Nothing else happens while the run goes on: no other task starts, and
     * the run's timeout and end condition are checked only after it returns (it cannot be
     * interrupted). For quick tasks that must not overlap with anything.
     */
    MAIN,
    /**
     * On the session's bounded thread pool. Terminated (timeout, end condition, shutdown) by setting
     * the run's termination flag and interrupting its thread; a body that ignores both keeps its
     * thread until it returns.
     */
    THREAD
}
