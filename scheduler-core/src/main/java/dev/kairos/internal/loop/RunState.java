package dev.kairos.internal.loop;

import dev.kairos.condition.Action;
import dev.kairos.internal.launch.Outcome;
import dev.kairos.internal.launch.Pace;
import dev.kairos.internal.launch.RunContext;
import dev.kairos.internal.launch.Runner;
import dev.kairos.log.LogRecord;
import dev.kairos.run.LaunchedRun;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run from its launch until its body returns. The session thread owns {@link #task} and
 * {@link #terminated}; {@link #execute} runs on whatever thread its launcher chose and hands the
 * outcome back as an event.
 */
final class RunState implements LaunchedRun {
    /** The task; a replacing definition of the same name takes over its runs. Written by {@link TaskIndex}. */
    TaskState task;
    final String runId;
    final Instant start;
    /** When the task became due (at or before {@link #start}), for lateness. */
    final Instant due;
    /** When the run times out, or null for never. */
    final Instant deadline;
    /** The execution it was launched in, whose slot it holds until it returns. */
    final Execution execution;
    final RunContext context;
    /** The definition the run started with (a replacing definition does not change it). */
    final TaskDefinition definition;
    /** Whether a terminate record was written; the run then waits only for its body to return. Written by {@link RunBook}. */
    boolean terminated;
    /** The per-run parameters it was asked with, or null if its start condition started it; for a refused start. */
    Map<String, Object> asked;

    private final TaskBody body;
    private final RunSupport support;
    private final Thread sessionThread;
    private final AtomicBoolean executed = new AtomicBoolean();
    /** Whether the outcome was handed to the session: once, by the body's thread or for it. */
    private final AtomicBoolean reported = new AtomicBoolean();
    /** The thread running the body, while it does; guarded by this. */
    private Thread thread;

    RunState(TaskState task, String runId, Instant start, Instant due, Instant deadline, RunContext context,
            RunSupport support) {
        this.task = task;
        this.runId = runId;
        this.start = start;
        this.due = due;
        this.deadline = deadline;
        this.context = context;
        this.definition = task.definition;
        this.execution = task.execution;
        this.body = support.bodyOf(definition);
        this.support = support;
        this.sessionThread = Thread.currentThread();
    }

    LogRecord startRecord() {
        return LogRecord.started(task.name, runId, start);
    }

    @Override
    public TaskDefinition task() {
        return definition;
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public Instant start() {
        return start;
    }

    @Override
    public void execute() {
        execute(body);
    }

    @Override
    public void execute(TaskBody what) {
        if (!executed.compareAndSet(false, true)) {
            throw new IllegalStateException(this + " was executed already");
        }
        Clock clock = support.clock();
        Outcome outcome;
        synchronized (this) {
            thread = Thread.currentThread();
        }
        try {
            Pace pace = support.pace();
            if (pace.awaitInstant(start) && !context.terminationRequested()) {
                Thread.currentThread().interrupt(); // not a termination: the body should see it
            }
            if (context.terminationRequested()) {
                outcome = new Outcome(Action.FAIL, null, "terminated before it started", null);
            } else {
                support.hooks().bodyStarted(definition.name(), runId, due, clock.instant());
                outcome = Runner.execute(what, context);
            }
        } finally {
            synchronized (this) {
                thread = null;
            }
            if (Thread.currentThread() != sessionThread) {
                Thread.interrupted(); // an interrupt meant for this run must not reach the next one
            }
        }
        report(outcome);
    }

    /**
     * The JVM is exiting: if this run's thread is the one that called {@code System.exit} (or
     * {@code Runtime.exit}), it never returns, and the run fails now, saying so. Session thread.
     */
    void failIfCallingExit() {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null && t != sessionThread && callsExit(t)) {
            report(new Outcome(Action.FAIL, null, "called System.exit: the JVM is exiting (Java does not say with"
                    + " which status)", null));
        }
    }

    /** Whether {@code t} is in a call of {@code System.exit} or {@code Runtime.exit}. */
    static boolean callsExit(Thread t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getMethodName().equals("exit") && (frame.getClassName().equals("java.lang.Shutdown")
                    || frame.getClassName().equals("java.lang.Runtime"))) {
                return true;
            }
        }
        return false;
    }

    private void report(Outcome outcome) {
        if (reported.compareAndSet(false, true)) {
            support.events().accept(new Event.Finished(this, outcome, support.clock().instant()));
        }
    }

    /** The run could not be handed over (its launcher failed): it fails with {@code why}, its body never ran. */
    void failToLaunch(Throwable why) {
        if (executed.compareAndSet(false, true)) {
            report(new Outcome(Action.FAIL, null, "its launcher failed: " + why, null));
        }
    }

    @Override
    public boolean terminationRequested() {
        return context.terminationRequested();
    }

    @Override
    public void stop() {
        context.requestTermination();
        synchronized (this) {
            if (thread != null && thread != Thread.currentThread()) {
                thread.interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "run " + runId + " of '" + definition.name() + "'";
    }
}
