package dev.kairos.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.run.LaunchedRun;
import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The THREAD pool on its own: each run handed to it executes once, on a thread of the pool, never
 * more at once than its threads, whatever the order of hand-offs and returns; a run that throws does
 * not cost the pool its thread; closing interrupts a busy body and lets every thread end.
 */
class ThreadLauncherTest {
    private static final long WAIT_SECONDS = 30;

    /** A run whose execute() calls {@code what} and counts itself. */
    private static final class Run implements LaunchedRun {
        final Runnable what;
        final AtomicInteger executions = new AtomicInteger();
        volatile Thread thread;

        Run(Runnable what) {
            this.what = what;
        }

        @Override
        public TaskDefinition task() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String runId() {
            return "r";
        }

        @Override
        public Instant start() {
            return Instant.EPOCH;
        }

        @Override
        public void execute() {
            executions.incrementAndGet();
            thread = Thread.currentThread();
            what.run();
        }

        @Override
        public void execute(TaskBody body) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean terminationRequested() {
            return false;
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void every_run_executes_once_on_a_pool_thread_and_never_more_at_once_than_the_threads() throws Exception {
        int threads = 3;
        int count = 2_000;
        ThreadLauncher pool = new ThreadLauncher(threads);
        pool.open();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        List<Run> runs = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Run r = new Run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    seen.add(Thread.currentThread());
                    Thread.yield();
                    running.decrementAndGet();
                    done.countDown();
                });
                runs.add(r);
                pool.launch(r); // far more than the threads: most wait until a thread returns
            }
            assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS), "not every run executed");
        } finally {
            pool.close();
        }
        for (Run r : runs) {
            assertEquals(1, r.executions.get(), "a run executed other than once");
        }
        assertTrue(most.get() <= threads, "more runs at once than threads: " + most.get());
        assertTrue(seen.size() <= threads, "runs on more threads than the pool has: " + seen);
        for (Thread t : seen) {
            assertTrue(t.isDaemon() && t.getName().startsWith("kairos-run-"), t.getName());
        }
    }

    @Test
    void a_run_handed_to_a_thread_that_is_going_idle_is_not_lost() throws Exception {
        ThreadLauncher pool = new ThreadLauncher(1);
        pool.open();
        try {
            // One thread, one run at a time, each launched as soon as the one before returns: every
            // hand-off meets the thread somewhere between its return and its park.
            for (int i = 0; i < 5_000; i++) {
                CountDownLatch ran = new CountDownLatch(1);
                pool.launch(new Run(ran::countDown));
                assertTrue(ran.await(WAIT_SECONDS, TimeUnit.SECONDS), "run " + i + " never executed");
            }
        } finally {
            pool.close();
        }
    }

    @Test
    void a_run_that_throws_keeps_its_thread_for_the_next() throws Exception {
        ThreadLauncher pool = new ThreadLauncher(1);
        pool.open();
        try {
            Run bad = new Run(() -> {
                throw new AssertionError("thrown outside a body");
            });
            pool.launch(bad);
            CountDownLatch next = new CountDownLatch(1);
            Run good = new Run(next::countDown);
            pool.launch(good);
            assertTrue(next.await(WAIT_SECONDS, TimeUnit.SECONDS), "the pool's only thread died with the error");
            assertEquals(bad.thread, good.thread);
        } finally {
            pool.close();
        }
    }

    @Test
    void closing_interrupts_a_busy_body_and_every_thread_ends() throws Exception {
        int threads = 4;
        ThreadLauncher pool = new ThreadLauncher(threads);
        pool.open();
        CountDownLatch allBusy = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            boolean stubborn = i == 0; // sleeps on after the others are let go
            Run r = new Run(() -> {
                allBusy.countDown();
                try {
                    release.await();
                    if (stubborn) {
                        Thread.sleep(TimeUnit.SECONDS.toMillis(WAIT_SECONDS * 4));
                    }
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            });
            runs.add(r);
            pool.launch(r);
        }
        assertTrue(allBusy.await(WAIT_SECONDS, TimeUnit.SECONDS), "the pool did not run one run per thread");
        release.countDown(); // three threads go idle, one sleeps in its body
        pool.close();
        assertTrue(interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS), "the busy body was not interrupted");
        for (Run r : runs) {
            r.thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertFalse(r.thread.isAlive(), r.thread.getName() + " lives on after close");
        }
        assertEquals(threads, runs.stream().map(r -> r.thread).distinct().count());
    }
}
