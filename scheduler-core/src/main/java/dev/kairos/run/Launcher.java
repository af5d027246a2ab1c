package dev.kairos.run;

import dev.kairos.SessionConfig;
import dev.kairos.condition.Action;
import dev.kairos.internal.process.CommandBody;
import dev.kairos.internal.process.ProcessTree;
import dev.kairos.task.Execution;
import dev.kairos.task.MethodBody;
import dev.kairos.task.TaskBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Starts runs where their execution says: {@link Execution#MAIN} on the calling (session) thread,
 * {@link Execution#THREAD} on a bounded pool, {@link Execution#PROCESS} in a child JVM (a command
 * task in its own process) watched by a thread of its own. A thread or a child slot counts as busy
 * from launch until the body returns, even after the run was terminated; the loop launches a run
 * only when its kind of slot is free.
 */
final class Launcher {
    private final int threads;
    private final int processes;
    private final SessionConfig config;
    private final ThreadPoolExecutor pool;
    private final ExecutorService watchers;
    private final Clock clock;
    private final Pace pace;
    private final Consumer<Event> events;
    /** The live child processes, for the JVM shutdown hook. */
    private final Set<ProcessHandle> children = ConcurrentHashMap.newKeySet();
    private Path childDirectory;
    /** Made with the child directory. */
    private ChildClassArchive archive;
    private Thread shutdownHook;
    private int busy;
    private int busyChildren;

    Launcher(SessionConfig config, Pace pace, Consumer<Event> events) {
        this.pace = pace;
        this.threads = config.threads();
        this.processes = config.processes();
        this.config = config;
        this.clock = config.clock();
        this.events = events;
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                daemons("kairos-run-"));
        pool.prestartAllCoreThreads();
        this.watchers = Executors.newCachedThreadPool(daemons("kairos-child-"));
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** How many pool threads are neither running a body nor reserved. */
    int freeThreads() {
        return threads - busy;
    }

    /** How many child-JVM slots are free. */
    int freeChildren() {
        return processes - busyChildren;
    }

    boolean hasRoom(Execution execution) {
        return switch (execution) {
            case MAIN -> true;
            case THREAD -> busy < threads;
            case PROCESS -> busyChildren < processes;
        };
    }

    /** Takes a thread or a child slot for a run about to start (nothing for MAIN). */
    void reserve(RunState run) {
        switch (run.execution) {
            case THREAD -> busy++;
            case PROCESS -> busyChildren++;
            case MAIN -> { }
        }
    }

    /**
     * Hands a reserved THREAD or PROCESS run, whose record is written, to its thread, where the body
     * waits for the run's start if that is still to come. Nothing for MAIN.
     */
    void submit(RunState run) {
        switch (run.execution) {
            case THREAD -> pool.execute(() -> execute(run));
            case PROCESS -> watchers.execute(() -> execute(run));
            case MAIN -> { }
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
        switch (run.execution) {
            case THREAD -> busy--;
            case PROCESS -> busyChildren--;
            case MAIN -> { }
        }
    }

    /**
     * Asks a run to stop: sets its termination flag and interrupts its thread; for a PROCESS run the
     * interrupted watcher stops the child and its descendants.
     */
    void terminate(RunState run) {
        run.context.requestTermination();
        if (run.execution != Execution.MAIN) {
            run.interrupt();
        }
    }

    /**
     * Interrupts the threads still busy (runs that ignored termination), stops every child process
     * tree and waits for that, and lets the pools go.
     */
    void shutdown() {
        pool.shutdownNow();
        watchers.shutdownNow();
        try {
            watchers.awaitTermination(config.terminationGrace().plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(c -> ProcessTree.stop(c, Duration.ZERO));
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already; the hook does the same
            }
        }
        deleteChildDirectory();
    }

    private void execute(RunState run) {
        run.runningOn(Thread.currentThread());
        Outcome outcome;
        try {
            if (pace.awaitInstant(run.start) && !run.context.terminationRequested()) {
                Thread.currentThread().interrupt(); // not a termination: the body should see it
            }
            outcome = run.context.terminationRequested()
                    ? new Outcome(Action.FAIL, null, "terminated before it started", null)
                    : Runner.execute(body(run), run.context);
        } finally {
            run.runningOn(null);
            if (run.execution != Execution.MAIN) {
                Thread.interrupted(); // an interrupt meant for this run must not reach the next one
            }
        }
        events.accept(new Event.Finished(run, outcome, clock.instant()));
    }

    /** What a run executes: for a method in PROCESS, the child JVM that calls it. */
    private TaskBody body(RunState run) {
        if (run.execution == Execution.PROCESS && run.body instanceof MethodBody method) {
            return new ChildJvm(method, config, run.task.definition.jvmOptions(), childDirectory(), archive, children);
        }
        if (run.body instanceof CommandBody command) {
            return command.withGrace(config.terminationGrace());
        }
        return run.body;
    }

    private synchronized Path childDirectory() {
        if (childDirectory == null) {
            try {
                childDirectory = Files.createTempDirectory("kairos-child-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a directory for child-JVM requests", e);
            }
            archive = new ChildClassArchive(childDirectory, System.getProperty("java.class.path"));
            // If the session's JVM is stopped without a session shutdown, its children go with it.
            shutdownHook = new Thread(() -> children.forEach(c -> ProcessTree.stop(c, Duration.ofSeconds(1))),
                    "kairos-children-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return childDirectory;
    }

    private synchronized void deleteChildDirectory() {
        if (childDirectory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(childDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary files; the system cleans them eventually
        }
    }
}
