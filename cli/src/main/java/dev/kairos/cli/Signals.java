package dev.kairos.cli;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM for {@code kairos run} (and {@code kairos dashboard}): the first asks the session to stop gracefully (the JVM
 * goes on until it has: JVM shutdown hooks, which run all at once, would stop child JVMs before
 * their shutdown wait), the second halts at once. Without these handlers a second signal would
 * wait for the first shutdown to end. The second kills the processes the session started first.
 */
final class Signals {
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private Signals() {
    }

    /**
     * Every process this JVM started, and what they started, is killed (SIGKILL) before the JVM halts:
     * stopping at once leaves nothing running. Their runs stay open in the log; the next session
     * records them as crashed.
     */
    private static void killChildren() {
        List<ProcessHandle> all = ProcessHandle.current().descendants().toList(); // read before any dies
        for (ProcessHandle p : all) { // parents first: a killed parent starts no more
            p.destroyForcibly();
        }
    }

    /** @param stop starts a graceful stop without waiting for it; run on a thread of its own */
    static void stopGracefullyThenHard(Runnable stop) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> {
                    if (STOPPING.compareAndSet(false, true)) {
                        new Thread(stop, "kairos-stop").start();
                    } else {
                        System.err.println("kairos: second signal: stopping at once");
                        killChildren();
                        Runtime.getRuntime().halt(128 + s.getNumber());
                    }
                });
            } catch (IllegalArgumentException e) {
                // no such signal here (or it is reserved): the JVM's default handling stays
            }
        }
    }
}
