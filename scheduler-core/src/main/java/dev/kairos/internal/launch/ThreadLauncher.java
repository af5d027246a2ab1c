package dev.kairos.internal.launch;

import dev.kairos.run.LaunchedRun;
import dev.kairos.run.Launcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Execution.THREAD}: a fixed pool of daemon threads, all started at once so that a due run
 * never waits for a thread to be made. Terminated by the run's flag and an interrupt.
 *
 * <p>A run is handed to one idle thread, the one that returned last, and wakes that thread alone:
 * idle threads do not wait on a shared queue, where each hand-off would wake them in turn to find it
 * empty again, and a thread not yet parked is not woken at all. A run launched while no thread is
 * idle (its slot freed before its thread was back) waits in a queue that a thread looks at before it
 * goes idle.
 */
public final class ThreadLauncher implements Launcher {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.Session");
    private final int threads;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}: the idle workers, the one that returned last first. */
    private final ArrayDeque<Worker> idle = new ArrayDeque<>();
    /** Guarded by {@link #lock}: runs launched while no worker was idle. */
    private final ArrayDeque<LaunchedRun> queued = new ArrayDeque<>();
    private final List<Worker> workers = new ArrayList<>();
    private volatile boolean closed;

    /** A pool of {@code threads} threads, started when the session starts. */
    public ThreadLauncher(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs 1 thread or more, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    public void open() {
        ThreadFactory factory = Daemons.named("kairos-run-");
        for (int i = 0; i < threads; i++) {
            Worker w = new Worker();
            w.thread = factory.newThread(w);
            workers.add(w);
        }
        workers.forEach(w -> w.thread.start());
    }

    @Override
    public int capacity() {
        return threads;
    }

    @Override
    public void launch(LaunchedRun run) {
        Worker w;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the pool is closed");
            }
            w = idle.pollFirst();
            if (w == null) {
                queued.addLast(run);
                return;
            }
            w.next = run;
        }
        if (w.parked) {
            LockSupport.unpark(w.thread);
        }
    }

    /** Interrupts the threads still busy (bodies that ignored their termination) and lets them go. */
    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) {
            w.thread.interrupt();
        }
    }

    @Override
    public String toString() {
        return "a pool of " + threads + " threads";
    }

    /** One thread of the pool: runs what it is handed until the pool closes. */
    private final class Worker implements Runnable {
        Thread thread;
        /** The run handed to this worker while it was idle. */
        volatile LaunchedRun next;
        /** Whether this worker is parked, or about to: a run handed to it must wake it. */
        volatile boolean parked;

        @Override
        public void run() {
            for (LaunchedRun r = take(); r != null; r = take()) {
                try {
                    r.execute();
                } catch (Throwable e) { // the run records its own outcome; the thread must live on
                    LOG.error("{} failed on its thread outside its body: {}", r, e.toString(), e);
                }
            }
        }

        /** The next run: a queued one, else one handed over once idle; null once the pool is closed. */
        private LaunchedRun take() {
            synchronized (lock) {
                LaunchedRun r = queued.pollFirst();
                if (r != null || closed) {
                    return closed ? null : r;
                }
                idle.addFirst(this);
            }
            while (true) {
                parked = true;
                LaunchedRun r = next;
                if (r != null || closed) {
                    parked = false;
                    next = null;
                    return closed ? null : r;
                }
                Thread.interrupted(); // only close() interrupts an idle worker, and it is seen above
                LockSupport.park(this);
                parked = false;
            }
        }
    }
}
