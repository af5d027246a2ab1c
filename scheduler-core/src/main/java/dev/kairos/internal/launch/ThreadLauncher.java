package dev.kairos.internal.launch;

import dev.kairos.run.LaunchedRun;
import dev.kairos.run.Launcher;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@code Execution.THREAD}: a fixed pool of daemon threads, all started at once so that a due run
 * never waits for a thread to be made. Terminated by the run's flag and an interrupt.
 */
public final class ThreadLauncher implements Launcher {
    private final int threads;
    private ThreadPoolExecutor pool;

    /** A pool of {@code threads} threads, started when the session starts. */
    public ThreadLauncher(int threads) {
        this.threads = threads;
    }

    @Override
    public void open() {
        pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                Daemons.named("kairos-run-"));
        pool.prestartAllCoreThreads();
    }

    @Override
    public int capacity() {
        return threads;
    }

    @Override
    public void launch(LaunchedRun run) {
        pool.execute(run::execute);
    }

    /** Interrupts the threads still busy (bodies that ignored their termination) and lets them go. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "a pool of " + threads + " threads";
    }
}
