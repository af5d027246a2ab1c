package dev.kairos.internal.loop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A loop driven one pass at a time by a test (the session harness), on the test's thread, under a
 * manual clock.
 */
public final class Stepping {
    private final Loop loop;
    private final LoopSettings settings;
    private final Inbox inbox;
    private final RunBook runs;
    private final Intake intake;
    private final Runnable open;

    Stepping(Loop loop, LoopSettings settings, Inbox inbox, RunBook runs, Intake intake, Runnable open) {
        this.loop = loop;
        this.settings = settings;
        this.inbox = inbox;
        this.runs = runs;
        this.intake = intake;
        this.open = open;
    }

    /** Checks the session's tasks, reads its log and prepares the first pass, on this thread. */
    public void open() {
        open.run();
    }

    /** The loop's clock. */
    public Clock clock() {
        return settings.clock();
    }

    /** How long a shutdown waits for runs. */
    public Duration shutdownWait() {
        return settings.shutdownWait();
    }

    /** One pass at the clock's instant. */
    public void pass() {
        loop.pass();
    }

    /** Whether a pass now has something to do (events, touched tasks). */
    public boolean hasWork() {
        return loop.hasWork();
    }

    /** The earliest instant at which a task is due, ignoring events. */
    public Instant nextWake() {
        return loop.nextWake();
    }

    /** Whether the session has stopped. */
    public boolean isStopped() {
        return loop.state() == Loop.State.STOPPED;
    }

    /**
     * Waits, at most {@code limit} of real time, for the live runs (and, if asked, the terminated runs
     * whose bodies still go on) to return, and records them. Waits on the runs' events, not on time.
     *
     * @throws IllegalStateException naming the runs still going after the limit
     */
    public void awaitRuns(Duration limit, boolean terminatedToo) throws InterruptedException {
        if (!inbox.awaitFinished(runs.unreturned(terminatedToo), System.nanoTime() + limit.toNanos())) {
            throw new IllegalStateException("runs still going after " + limit + ": " + runs.describeUnreturned());
        }
        intake.drain();
    }
}
