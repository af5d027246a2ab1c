package dev.kairos.run;

import dev.kairos.condition.Action;
import dev.kairos.task.Execution;
import java.time.Clock;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Starts runs where their execution says: {@link Execution#MAIN} on the calling (session) thread,
 * {@link Execution#THREAD} on a bounded pool. A thread counts as busy from launch until the body
 * returns, even after the run was terminated; the loop launches a thread run only when a thread is
 * free. This is the seam where a child-JVM execution will slot in.
 */
final class Launcher {
    private final int threads;
    private final ThreadPoolExecutor pool;
    private final Clock clock;
    private final Consumer<Event> events;
    private int busy;

    Launcher(int threads, Clock clock, Consumer<Event> events) {
        this.threads = threads;
        this.clock = clock;
        this.events = events;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "kairos-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                factory);
        pool.prestartAllCoreThreads();
    }

    /** How many pool threads are neither running a body nor reserved. */
    int freeThreads() {
        return threads - busy;
    }

    boolean hasRoom(Execution execution) {
        return execution == Execution.MAIN || busy < threads;
    }

    /** Takes a thread for a run about to start (nothing for MAIN). */
    void reserve(RunState run) {
        if (run.execution == Execution.THREAD) {
            busy++;
        }
    }

    /** Hands a reserved THREAD run, whose record is written, to the pool. Nothing for a MAIN run. */
    void submit(RunState run) {
        if (run.execution == Execution.THREAD) {
            pool.execute(() -> execute(run));
        }
    }

    /** Runs a MAIN run whose record is written; it has finished (and posted its event) on return. */
    void runHere(RunState run) {
        if (run.execution == Execution.MAIN) {
            execute(run);
        }
    }

    /** A run's body returned, or a reserved run did not start after all. */
    void returned(RunState run) {
        if (run.execution == Execution.THREAD) {
            busy--;
        }
    }

    /** Asks a run to stop: sets its termination flag and interrupts its thread. */
    void terminate(RunState run) {
        run.context.requestTermination();
        if (run.execution == Execution.THREAD) {
            run.interrupt();
        }
    }

    /** Interrupts the threads still busy (runs that ignored termination) and lets the pool go. */
    void shutdown() {
        pool.shutdownNow();
    }

    private void execute(RunState run) {
        run.runningOn(Thread.currentThread());
        Outcome outcome;
        try {
            outcome = run.context.terminationRequested()
                    ? new Outcome(Action.FAIL, null, "terminated before it started", null)
                    : Runner.execute(run.body, run.context);
        } finally {
            run.runningOn(null);
            if (run.execution == Execution.THREAD) {
                Thread.interrupted(); // an interrupt meant for this run must not reach the next one
            }
        }
        events.accept(new Event.Finished(run, outcome, clock.instant()));
    }
}
