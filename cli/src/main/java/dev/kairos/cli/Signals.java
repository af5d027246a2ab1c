package dev.kairos.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM for {@code kairos run}: the first exits the JVM normally (so the shutdown hook
 * stops the session gracefully), the second halts at once. Without these handlers a second signal
 * would wait for the first shutdown to end.
 */
final class Signals {
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private Signals() {
    }

    static void stopGracefullyThenHard() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> {
                    if (STOPPING.compareAndSet(false, true)) {
                        new Thread(() -> System.exit(Main.OK), "kairos-exit").start();
                    } else {
                        System.err.println("kairos: second signal: stopping at once");
                        Runtime.getRuntime().halt(128 + s.getNumber());
                    }
                });
            } catch (IllegalArgumentException e) {
                // no such signal here (or it is reserved): the JVM's default handling stays
            }
        }
    }
}
