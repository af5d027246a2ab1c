package dev.kairos.task;

/** Where a task's runs execute. A task without one uses the session's default execution. */
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
    THREAD,
    /**
     * In a child JVM started with the session's Java and class path (plus the session's and the
     * task's JVM options), so that a run that leaks memory, hangs in native code, calls
     * {@code System.exit} or must be killed on a deadline cannot hurt the session. Terminated by
     * stopping the child and every process it started, politely first, then forcibly after the
     * session's termination grace. For {@code @Task} methods (see {@link MethodBody}) and command
     * tasks; a lambda body cannot cross into another JVM. Parameters and the return value cross by
     * Java serialization. The number of children at once is limited by the session; a due task
     * waits for a free slot.
     */
    PROCESS
}
