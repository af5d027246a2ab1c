package dev.kairos.internal.child;

import dev.kairos.internal.launch.Daemons;
import dev.kairos.internal.process.ProcessTree;
import dev.kairos.run.LaunchedRun;
import dev.kairos.run.Launcher;
import dev.kairos.task.MethodBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code Execution.PROCESS}: a method task runs in a child JVM ({@link ChildJvm}), a command task
 * in its own process; each is watched by a thread of its own, whose interruption stops the process
 * and everything it started. Owns the children's request directory, their class-data archive and
 * the JVM shutdown hook that stops them if the session's JVM goes first.
 */
public final class ProcessLauncher implements Launcher {
    private final int processes;
    private final List<String> jvmOptions;
    private final Duration grace;
    private final ExecutorService watchers = Executors.newCachedThreadPool(Daemons.named("kairos-child-"));
    /** The live child processes, for the JVM shutdown hook. */
    private final Set<ProcessHandle> children = ConcurrentHashMap.newKeySet();
    private Path directory;
    /** Made with the directory. */
    private ChildClassArchive archive;
    private Thread shutdownHook;
    private final Duration hookWait;
    private final CountDownLatch closed = new CountDownLatch(1);

    /**
     * @param processes  how many children at once
     * @param jvmOptions the options of every child JVM, before each task's own
     * @param grace      how long a process has between SIGTERM and SIGKILL when its run is terminated
     * @param shutdownWait the session's shutdown wait: how long the JVM shutdown hook lets the session
     *                   stop its children itself (and record their runs) before it stops them
     */
    public ProcessLauncher(int processes, List<String> jvmOptions, Duration grace, Duration shutdownWait) {
        this.processes = processes;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.grace = grace;
        this.hookWait = shutdownWait.plus(grace).plusSeconds(10);
    }

    @Override
    public int capacity() {
        return processes;
    }

    @Override
    public void launch(LaunchedRun run) {
        watchers.execute(() -> {
            if (run.task().body() instanceof MethodBody method) {
                run.execute(new ChildJvm(method, jvmOptions, run.task().jvmOptions(), grace, directory(), archive,
                        children));
            } else {
                run.execute(); // a command: its own process already
            }
        });
    }

    /** Stops every child process tree that is left and waits for that; deletes the request directory. */
    @Override
    public void close() {
        watchers.shutdownNow();
        try {
            watchers.awaitTermination(grace.plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(c -> ProcessTree.stop(c, Duration.ZERO));
        closed.countDown();
        synchronized (this) {
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down already; the hook does the same
                }
            }
            deleteDirectory();
        }
    }

    private synchronized Path directory() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("kairos-child-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a directory for child-JVM requests", e);
            }
            archive = ChildClassArchive.inUserCache(directory, System.getProperty("java.class.path"));
            // If the session's JVM exits, the session stops its children and records their runs (its
            // own hook); if it has not within the wait, they are stopped here, unrecorded.
            shutdownHook = new Thread(this::stopIfLeft, "kairos-children-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return directory;
    }

    private void stopIfLeft() {
        try {
            if (closed.await(hookWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            // stop them now
        }
        children.forEach(c -> ProcessTree.stop(c, Duration.ofSeconds(1)));
    }

    private void deleteDirectory() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary files; the system cleans them eventually
        }
    }

    @Override
    public String toString() {
        return "up to " + processes + " child processes";
    }
}
