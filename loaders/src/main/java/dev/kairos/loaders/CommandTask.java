package dev.kairos.loaders;

import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a program (no shell unless the argv is {@code sh -c …}) in a working directory with extra
 * environment variables. A non-zero exit fails the run; standard output and error, merged, are the
 * run's message (the last 4000 characters). Interruption (termination) kills the process and its
 * descendants.
 */
final class CommandTask implements TaskBody {
    private static final int KEEP_CHARS = 4000;

    private final List<String> argv;
    private final Path workdir;
    private final Map<String, String> env;

    CommandTask(List<String> argv, Path workdir, Map<String, String> env) {
        this.argv = List.copyOf(argv);
        this.workdir = workdir;
        this.env = Map.copyOf(env);
    }

    List<String> argv() {
        return argv;
    }

    Path workdir() {
        return workdir;
    }

    Map<String, String> env() {
        return env;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workdir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process process = pb.start();
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream(), output), "kairos-output-"
                + context.taskName());
        reader.setDaemon(true);
        reader.start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
        reader.join(1000); // the pipe closes when the process exits, unless a descendant holds it open
        String text = tail(output);
        context.message(text);
        if (exit != 0) {
            throw new IllegalStateException("exit code " + exit + " from " + argv.get(0)
                    + (text.isEmpty() ? "" : ": " + text));
        }
        return text;
    }

    private static void drain(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process went away: keep what was read
        }
    }

    private static String tail(ByteArrayOutputStream output) {
        String text;
        synchronized (output) {
            text = output.toString(Charset.defaultCharset()).strip();
        }
        return text.length() <= KEEP_CHARS ? text : "…" + text.substring(text.length() - KEEP_CHARS);
    }

    @Override
    public String toString() {
        return "command " + argv + " in " + workdir;
    }
}
