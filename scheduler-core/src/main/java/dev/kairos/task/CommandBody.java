package dev.kairos.task;

import dev.kairos.internal.process.CommandRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A task body that runs a program with its arguments, never through a shell unless the program is
 * one ({@link TaskBuilder#shell}). Its output (standard output and error together) is logged line by
 * line at INFO on the task's logger, with the run's MDC (at most {@value #MAX_LOGGED} characters),
 * and its last lines become the run's message; a non-zero exit code fails the run. When the run is
 * terminated (timeout, end condition, shutdown), the program and every process it started get
 * SIGTERM, then SIGKILL after the grace. What the program leaves running when it exits (a process
 * sent to the background, say) is stopped the same way: a run's processes end with the run. If the
 * session's JVM is killed outright while the program runs, the next start of a task of the same name
 * stops what it left, on Linux. A command can run in any execution; in {@link Execution#PROCESS} it
 * is the child process itself.
 *
 * @param argv        the program and its arguments; not empty
 * @param workingDirectory where it runs, or {@code null} for the session's working directory
 * @param environment variables added to the session's environment
 * @param grace       time between SIGTERM and SIGKILL, or {@code null} for the session's termination
 *                    grace (5 seconds when run outside a session)
 */
public record CommandBody(List<String> argv, Path workingDirectory, Map<String, String> environment, Duration grace)
        implements TaskBody {

    /** How much of a run's output reaches the log. */
    public static final long MAX_LOGGED = CommandRun.MAX_LOGGED;

    /** Checks the fields; the lists and maps are copied. */
    public CommandBody {
        argv = List.copyOf(Objects.requireNonNull(argv, "argv"));
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw new IllegalArgumentException("a command needs a program, was " + argv);
        }
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        if (grace != null && grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, was " + grace);
        }
    }

    /** A command run in the session's working directory, with its environment and grace. */
    public static CommandBody of(List<String> argv) {
        return new CommandBody(argv, null, Map.of(), null);
    }

    /** This command with another grace. */
    public CommandBody withGrace(Duration grace) {
        return new CommandBody(argv, workingDirectory, environment, Objects.requireNonNull(grace, "grace"));
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        CommandRun.Result r = CommandRun.start(argv, workingDirectory, environment, context.logger(),
                context.taskName(), context.runId(), grace == null ? CommandRun.DEFAULT_GRACE : grace).await();
        context.message(r.output());
        if (r.exitCode() != 0) {
            throw new CommandFailedException("exit code " + r.exitCode() + " from " + argv.get(0)
                    + (r.output().isEmpty() ? "" : ": " + r.output()));
        }
        return r.output();
    }

    @Override
    public String toString() {
        return "command " + argv;
    }

    /** A command that exited with a non-zero code; its message is the run's. */
    static final class CommandFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        CommandFailedException(String message) {
            super(message, null, false, false);
        }
    }
}
