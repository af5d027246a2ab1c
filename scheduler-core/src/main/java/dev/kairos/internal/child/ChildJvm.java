package dev.kairos.internal.child;

import dev.kairos.condition.Action;
import dev.kairos.internal.launch.Runner;
import dev.kairos.internal.process.Leftovers;
import dev.kairos.internal.process.OutputPump;
import dev.kairos.internal.process.ProcessGroups;
import dev.kairos.internal.process.ProcessTree;
import dev.kairos.task.MethodBody;
import dev.kairos.task.NothingToDo;
import dev.kairos.task.PortableClassLoader;
import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The session's side of a run in a child JVM: a {@link TaskBody} that resolves the method's
 * parameters here, writes the request, starts {@code java … ChildMain}, logs the child's output line
 * by line (stdout at INFO, stderr at WARN, with the run's MDC, at most {@link #MAX_LOGGED} characters
 * a stream), waits, and turns the response (or its absence) into the run's result. Interrupting the
 * waiting thread stops the child and everything it started.
 */
final class ChildJvm implements TaskBody {
    /** How much of each output stream of one run reaches the log; the rest is counted. */
    static final long MAX_LOGGED = 10L * 1024 * 1024;

    private final MethodBody method;
    private final List<String> jvmOptions;
    private final java.time.Duration grace;
    private final List<String> taskOptions;
    private final Path directory;
    private final ChildClassArchive archive;
    /** What the archive added to this child's command line. */
    private List<String> archiveOptions = List.of();
    private final java.util.Set<ProcessHandle> live;
    /** The last lines of the child's stderr and stdout, once it has exited. */
    private List<String> stderr = List.of();
    private List<String> stdout = List.of();

    /** One run's child; {@code live} holds the children running now, for the session's shutdown. */
    ChildJvm(MethodBody method, List<String> jvmOptions, List<String> taskOptions, java.time.Duration grace,
            Path directory, ChildClassArchive archive, java.util.Set<ProcessHandle> live) {
        this.method = method;
        this.jvmOptions = jvmOptions;
        this.grace = grace;
        this.taskOptions = taskOptions;
        this.directory = directory;
        this.archive = archive;
        this.live = live;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        Path request = directory.resolve(context.runId() + ".request");
        Path response = directory.resolve(context.runId() + ".response");
        try {
            writeRequest(request, context);
            int exit = startAndAwait(request, response, context);
            if (!Files.exists(response) && archive.refusedAtStart(archiveOptions, exit, stdout, stderr)) {
                // The JVM would not start with the archive option: the task has not run. Once more without.
                exit = startAndAwait(request, response, context);
            }
            if (!Files.exists(response)) {
                throw new ChildFailure("the child JVM exited with code " + exit + " without reporting"
                        + stderrTail(), null);
            }
            return outcome(response, context);
        } finally {
            Files.deleteIfExists(request);
            Files.deleteIfExists(response);
        }
    }

    /**
     * Starts the child and waits for it; whatever it leaves in its process session is stopped when it
     * has exited. The child watches this JVM and stops if it is gone (see {@link ChildMain}).
     */
    private int startAndAwait(Path request, Path response, TaskContext context)
            throws IOException, InterruptedException {
        Leftovers.stopLeftOver(context.taskName(), grace);
        Process child = start(request, response);
        Leftovers.Note note = Leftovers.started(context.taskName(), child.toHandle());
        live.add(child.toHandle());
        int exit = -1;
        try {
            exit = await(child, context);
        } finally {
            live.remove(child.toHandle());
            ProcessTree.stopSession(child.toHandle(), grace);
            Leftovers.ended(note);
            archive.exited(archiveOptions, exit);
        }
        return exit;
    }

    private void writeRequest(Path file, TaskContext context) throws IOException {
        Map<String, byte[]> parameters = new LinkedHashMap<>();
        for (String name : method.parameterNames()) {
            if (name != null && !parameters.containsKey(name)) {
                parameters.put(name, ChildProtocol.serialize("parameter '" + name + "'", context.require(name)));
            }
        }
        List<String> types = new ArrayList<>();
        for (Class<?> t : method.method().getParameterTypes()) {
            types.add(t.getName());
        }
        Class<?> type = method.method().getDeclaringClass();
        Map<String, byte[]> classFiles = Map.of();
        Map<String, byte[]> resources = Map.of();
        if (type.getClassLoader() instanceof PortableClassLoader portable) {
            classFiles = portable.classFiles();
            resources = portable.resources();
        }
        ChildProtocol.Request r = new ChildProtocol.Request(context.taskName(), context.runId(), context.started(),
                type.getName(), method.method().getName(), types, parameters, classFiles, resources);
        try (OutputStream out = Files.newOutputStream(file)) {
            ChildProtocol.write(out, r);
        }
    }

    private Process start(Path request, Path response) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(taskOptions);
        archiveOptions = archive.optionsFor(command);
        command.addAll(archiveOptions);
        command.add("-Dslf4j.provider=" + ChildLogging.class.getName());
        command.add("-Dslf4j.internal.verbosity=WARN");
        command.add("-D" + ChildMain.SESSION_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildMain.class.getName());
        command.add(request.toString());
        command.add(response.toString());
        Process child = new ProcessBuilder(ProcessGroups.detached(command)).start();
        child.getOutputStream().close();
        return child;
    }

    private int await(Process child, TaskContext context) throws InterruptedException {
        Logger log = LoggerFactory.getLogger("kairos.task." + context.taskName());
        String task = MDC.get(Runner.MDC_TASK);
        String run = MDC.get(Runner.MDC_RUN);
        Charset charset = Charset.defaultCharset();
        OutputPump out = OutputPump.start(child.getInputStream(), charset, MAX_LOGGED,
                line -> logged(task, run, () -> log.info("{}", line)), "kairos-child-out-" + context.runId());
        OutputPump err = OutputPump.start(child.getErrorStream(), charset, MAX_LOGGED,
                line -> logged(task, run, () -> logLine(log, line)), "kairos-child-err-" + context.runId());
        try {
            int exit = child.waitFor();
            out.await(5_000);
            err.await(5_000);
            return exit;
        } catch (InterruptedException e) {
            ProcessTree.stop(child.toHandle(), grace);
            Thread.interrupted(); // the run is over: wait for the process whatever else is interrupted
            child.waitFor(5, java.util.concurrent.TimeUnit.SECONDS); // reaps it: no zombie is left behind
            throw e;
        } finally {
            stderr = err.tail();
            stdout = out.tail();
            long dropped = out.dropped() + err.dropped();
            if (dropped > 0) {
                log.warn("{} more lines of output were not logged (over {} characters a stream)", dropped, MAX_LOGGED);
            }
        }
    }

    /** A line of the child's stderr: a log event at its level, or plain error output at WARN. */
    private static void logLine(Logger log, String line) {
        org.slf4j.event.Level level = ChildLogging.levelOf(line);
        if (level == null) {
            log.warn("{}", line);
        } else {
            log.atLevel(level).log("{}", ChildLogging.textOf(line));
        }
    }

    private static void logged(String task, String run, Runnable line) {
        MDC.put(Runner.MDC_TASK, task);
        MDC.put(Runner.MDC_RUN, run);
        line.run();
    }

    private Object outcome(Path file, TaskContext context) throws Exception {
        ChildProtocol.Response r;
        try (InputStream in = Files.newInputStream(file)) {
            r = ChildProtocol.readResponse(in);
        }
        Action action = Action.fromCode(r.action());
        if (action == Action.SUCCESS && r.message() != null && !r.message().isEmpty()) {
            context.message(r.message()); // a failure's message is complete already
        }
        return switch (action) {
            case SUCCESS -> ChildProtocol.deserialize(r.value(), method.method().getDeclaringClass().getClassLoader());
            case INACTION -> throw new NothingToDo(r.message() == null ? "" : r.message());
            default -> throw new ChildFailure(r.message(), r.trace());
        };
    }

    /** The JVM reports some deaths on stdout (out of memory with ExitOnOutOfMemoryError): both are shown. */
    private String stderrTail() {
        return (stderr.isEmpty() ? "" : "; last lines of its stderr:\n" + String.join("\n", stderr))
                + (stdout.isEmpty() ? "" : "; last lines of its output:\n" + String.join("\n", stdout));
    }

    @Override
    public String toString() {
        return "child JVM running " + method;
    }

    /** A failure reported by (or about) the child; its trace is the child's. */
    static final class ChildFailure extends Exception {
        private final String trace;

        ChildFailure(String message, String trace) {
            super(message, null, false, false);
            this.trace = trace;
        }

        @Override
        public void printStackTrace(java.io.PrintWriter s) {
            s.print(trace == null ? getMessage() : trace);
        }

        @Override
        public void printStackTrace(java.io.PrintStream s) {
            s.print(trace == null ? getMessage() : trace);
        }
    }
}
