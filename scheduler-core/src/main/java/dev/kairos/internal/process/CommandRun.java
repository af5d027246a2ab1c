package dev.kairos.internal.process;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * One program started for a command task: in a process group of its own, its output (stdout and
 * stderr together) logged line by line with the caller's MDC, at most {@link #MAX_LOGGED}
 * characters; an interrupt of the waiting thread stops it and everything it started.
 */
public final class CommandRun {
    /** How much of a run's output reaches the log. */
    public static final long MAX_LOGGED = 10L * 1024 * 1024;
    /** The grace of a command run outside a session. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);
    private static final int KEEP_CHARS = 4_000;

    /** How it ended: the exit code and the last lines of its output (at most 4,000 characters). */
    public record Result(int exitCode, String output) {
    }

    private final Process process;
    private final OutputPump output;
    private final Duration grace;
    private final Leftovers.Note note;

    private CommandRun(Process process, OutputPump output, Duration grace, Leftovers.Note note) {
        this.process = process;
        this.output = output;
        this.grace = grace;
        this.note = note;
    }

    /**
     * Starts {@code argv} for a run of {@code task} in {@code directory} (null: the current one) with
     * {@code environment} added, logging its lines on {@code log}; {@code grace} is the time between
     * SIGTERM and SIGKILL when it is stopped. First stops what an earlier JVM, killed outright, left
     * running of the same task ({@link Leftovers}).
     */
    public static CommandRun start(List<String> argv, Path directory, Map<String, String> environment, Logger log,
            String task, String runId, Duration grace) throws IOException {
        Leftovers.stopLeftOver(task, grace);
        ProcessBuilder builder = new ProcessBuilder(ProcessGroups.detached(argv)).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        Leftovers.Note note = Leftovers.started(task, process.toHandle());
        process.getOutputStream().close();
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        OutputPump output = OutputPump.start(process.getInputStream(), Charset.defaultCharset(), MAX_LOGGED, line -> {
            if (mdc != null) {
                MDC.setContextMap(mdc);
            }
            log.info("{}", line);
        }, "kairos-output-" + runId);
        return new CommandRun(process, output, grace, note);
    }

    /**
     * Waits for the program to exit, then stops what it left running in its session (a run's
     * processes end with the run). If the thread is interrupted, stops the process tree (SIGTERM,
     * then SIGKILL after the grace), reaps it and throws.
     */
    public Result await() throws InterruptedException {
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            ProcessTree.stop(process.toHandle(), grace);
            Thread.interrupted(); // the run is over: wait for the process whatever else is interrupted
            process.waitFor(5, TimeUnit.SECONDS); // reaps it: no zombie is left behind
            throw e;
        } finally {
            ProcessTree.stopSession(process.toHandle(), grace); // what it left, which may hold its output open
            Leftovers.ended(note);
        }
        output.await(1_000); // the pipe closes when the process and what it left have exited
        return new Result(exit, tail(output.tail()));
    }

    private static String tail(List<String> lines) {
        String text = String.join("\n", lines).strip();
        return text.length() <= KEEP_CHARS ? text : "…" + text.substring(text.length() - KEEP_CHARS);
    }
}
