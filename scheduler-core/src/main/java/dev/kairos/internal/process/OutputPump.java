package dev.kairos.internal.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a process's output line by line on its own thread and hands each line on, with bounded
 * memory whatever the process prints: a line longer than {@link #MAX_LINE} characters is cut, only
 * the first {@code maxForwarded} characters of output are handed on (the rest is counted), and the
 * last {@link #TAIL_LINES} lines are kept for error messages. Not API.
 */
public final class OutputPump {
    /** The longest line handed on; the rest of a longer line is dropped. */
    public static final int MAX_LINE = 8_192;
    /** How many of the last lines are kept. */
    public static final int TAIL_LINES = 20;

    private final Thread thread;
    private final Deque<String> tail = new ArrayDeque<>();
    private long dropped;

    private OutputPump(InputStream in, Charset charset, long maxForwarded, Consumer<String> lines, String name) {
        this.thread = new Thread(() -> pump(in, charset, maxForwarded, lines), name);
        thread.setDaemon(true);
    }

    /** Starts pumping {@code in} into {@code lines}; handing on stops after {@code maxForwarded} characters. */
    public static OutputPump start(InputStream in, Charset charset, long maxForwarded, Consumer<String> lines, String name) {
        OutputPump pump = new OutputPump(in, charset, maxForwarded, lines, name);
        pump.thread.start();
        return pump;
    }

    private void pump(InputStream in, Charset charset, long maxForwarded, Consumer<String> lines) {
        long forwarded = 0;
        byte[] buffer = new byte[8_192];
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        boolean cut = false;
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        forwarded += emit(line, charset, cut, forwarded, maxForwarded, lines);
                        line.reset();
                        cut = false;
                    } else if (line.size() < MAX_LINE) {
                        line.write(b);
                    } else {
                        cut = true;
                    }
                }
            }
        } catch (IOException e) {
            // The process closed its end; what was read is kept.
        }
        if (line.size() > 0) {
            emit(line, charset, cut, forwarded, maxForwarded, lines);
        }
    }

    private long emit(java.io.ByteArrayOutputStream bytes, Charset charset, boolean cut, long forwarded,
            long maxForwarded, Consumer<String> lines) {
        String text = bytes.toString(charset);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (cut) {
            text = text + " …[line cut at " + MAX_LINE + " bytes]";
        }
        synchronized (tail) {
            tail.addLast(text);
            if (tail.size() > TAIL_LINES) {
                tail.removeFirst();
            }
        }
        if (forwarded + text.length() > maxForwarded) {
            synchronized (tail) {
                dropped++;
            }
            return 0;
        }
        try {
            lines.accept(text);
        } catch (RuntimeException e) {
            // A failing consumer (a broken appender) must not stop the draining, or the process blocks.
        }
        return text.length();
    }

    /** Waits until the stream is closed (the process and every process holding the pipe are gone). */
    public boolean await(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    /** The last lines read, oldest first. */
    public List<String> tail() {
        synchronized (tail) {
            return new ArrayList<>(tail);
        }
    }

    /** How many lines were read but not handed on because of the limit. */
    public long dropped() {
        synchronized (tail) {
            return dropped;
        }
    }
}
