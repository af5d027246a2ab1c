package dev.kairos.task;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

/** Runs a program; see {@link TaskBuilder#command}. */
final class CommandBody implements TaskBody {
    private static final int KEEP_CHARS = 4000;
    private final List<String> argv;

    CommandBody(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream(), output),
                "kairos-output-" + context.taskName());
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
        reader.join(1000); // the pipe closes when the process exits, unless a descendant holds it
        String text = tail(output);
        context.message(text);
        if (exit != 0) {
            throw new CommandFailed("exit code " + exit + " from " + argv.get(0) + (text.isEmpty() ? "" : ": "
                    + text));
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
            // the process went away; what was read so far is kept
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
        return "command " + argv;
    }

    /** A command that exited with a non-zero code. */
    static final class CommandFailed extends Exception {
        CommandFailed(String message) {
            super(message, null, false, false);
        }
    }
}
