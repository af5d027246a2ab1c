package dev.kairos.cli;

import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A writer whose complete lines a test can wait for (no sleeping: it blocks until a line arrives). */
final class Lines extends Writer {
    static final Duration LIMIT = Duration.ofSeconds(60);
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final List<String> seen = new ArrayList<>();

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (buf[i] == '\n') {
                lines.add(partial.toString());
                partial.setLength(0);
            } else {
                partial.append(buf[i]);
            }
        }
    }

    void add(String line) {
        lines.add(line);
    }

    /** Waits for a line that matches, and returns the lines that came before it and it. */
    List<String> await(Predicate<String> match) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        List<String> got = new ArrayList<>();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no matching line within " + LIMIT + "; got " + got + ", before " + seen);
            }
            got.add(line);
            if (match.test(line)) {
                seen.addAll(got);
                return got;
            }
        }
    }

    /** Waits for a line containing {@code contained}, unless one came already. */
    void awaitEver(String contained) throws InterruptedException {
        if (seen.stream().noneMatch(l -> l.contains(contained))) {
            await(contained);
        }
    }

    List<String> await(String contained) throws InterruptedException {
        return await(l -> l.contains(contained));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
