package dev.kairos.internal.process;

import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskContext;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.MDC;

/**
 * Runs a program with its arguments, never through a shell unless the program is one. Its output
 * (standard output and error together) is logged line by line at INFO with the run's MDC (at most
 * {@link #MAX_LOGGED} characters) and its last lines become the run's message; a non-zero exit code
 * fails the run. Interrupting the run (timeout, end condition, shutdown) stops the program and every
 * process it started: SIGTERM, then SIGKILL after the grace period. Not API: made by
 * {@code TaskBuilder.command} and {@code shell}.
 */
public final class CommandBody implements TaskBody {
    /** How much of a run's output reaches the log. */
    public static final long MAX_LOGGED = 10L * 1024 * 1024;
    private static final int KEEP_CHARS = 4_000;

    private final List<String> argv;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final Duration grace;

    /**
     * @param argv             the program and its arguments
     * @param workingDirectory where it runs, or {@code null} for the session's working directory
     * @param environment      variables added to the session's environment
     * @param grace            time between SIGTERM and SIGKILL when the run is terminated
     */
    public CommandBody(List<String> argv, Path workingDirectory, Map<String, String> environment, Duration grace) {
        this.argv = List.copyOf(argv);
        if (this.argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs a program");
        }
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    /** The program and its arguments. */
    public List<String> argv() {
        return argv;
    }

    /** Where it runs, or {@code null} for the session's working directory. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** The variables added to the session's environment. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The same command with another grace period (the session's). */
    public CommandBody withGrace(Duration grace) {
        return new CommandBody(argv, workingDirectory, environment, grace);
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessGroups.detached(argv)).redirectErrorStream(true);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String task = MDC.get("kairos.task");
        String run = MDC.get("kairos.run");
        OutputPump output = OutputPump.start(process.getInputStream(), Charset.defaultCharset(), MAX_LOGGED, line -> {
            MDC.put("kairos.task", task);
            MDC.put("kairos.run", run);
            context.logger().info("{}", line);
        }, "kairos-output-" + context.runId());
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            ProcessTree.stop(process.toHandle(), grace);
            Thread.interrupted(); // the run is over: wait for the process whatever else is interrupted
            process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS); // reaps it: no zombie is left behind
            throw e;
        }
        output.await(1_000); // the pipe closes when the process exits, unless a descendant holds it
        String text = tail(output.tail());
        context.message(text);
        if (exit != 0) {
            throw new CommandFailed("exit code " + exit + " from " + argv.get(0) + (text.isEmpty() ? "" : ": " + text));
        }
        return text;
    }

    private static String tail(List<String> lines) {
        String text = String.join("\n", lines).strip();
        return text.length() <= KEEP_CHARS ? text : "…" + text.substring(text.length() - KEEP_CHARS);
    }

    @Override
    public String toString() {
        return "command " + argv;
    }

    /** A command that exited with a non-zero code. */
    static final class CommandFailed extends Exception {
        private static final long serialVersionUID = 1L;

        CommandFailed(String message) {
            super(message, null, false, false);
        }
    }
}
