package dev.kairos.run;

import dev.kairos.task.Execution;
import dev.kairos.task.TaskBody;
import java.time.Instant;

/** One run that started and has not returned yet. Owned by the session thread. */
final class RunState {
    /** The task; a replacing definition of the same name takes over its runs. */
    TaskState task;
    final String runId;
    final Instant start;
    /** When the run times out, or null for never. */
    final Instant deadline;
    final Execution execution;
    final RunContext context;
    /** The body of the definition the run started with (a replacing definition does not change it). */
    final TaskBody body;
    /** The thread running the body, while it does; guarded by this. */
    private Thread thread;
    /** Whether a terminate record was written; the run then waits only for its thread to return. */
    boolean terminated;

    RunState(TaskState task, String runId, Instant start, Instant deadline, Execution execution,
            RunContext context) {
        this.task = task;
        this.runId = runId;
        this.start = start;
        this.deadline = deadline;
        this.execution = execution;
        this.context = context;
        this.body = task.definition.body();
    }

    synchronized void runningOn(Thread t) {
        thread = t;
    }

    /** Interrupts the body's thread, if the body is running. */
    synchronized void interrupt() {
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public String toString() {
        return "run " + runId + " of '" + task.name + "'";
    }
}
