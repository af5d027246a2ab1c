package dev.kairos.internal.loop;

import java.time.Duration;

/**
 * A JVM shutdown hook for a running session: when the JVM exits while the session runs (a call of
 * {@code System.exit}, SIGTERM or Ctrl-C to a JVM that does not handle them itself), the session
 * stops as a graceful shutdown does and records every run, and the JVM waits for that, up to a limit.
 * A run whose thread called exit never returns; it is recorded as failed, saying so. Not API.
 */
public final class ExitHook {
    private final Thread hook;

    private ExitHook(Thread hook) {
        this.hook = hook;
    }

    /** Installs the hook for {@code loop}, which waits at most {@code limit} for the session to stop. */
    public static ExitHook install(Requests requests, Loop loop, Duration limit) {
        Thread hook = new Thread(() -> {
            Thread owner = loop.owner();
            if (loop.state() == Loop.State.STOPPED || owner != null && RunState.callsExit(owner)) {
                return; // stopped, or its own thread called exit (a MAIN body): it makes no more passes
            }
            requests.jvmExiting();
            long deadline = System.nanoTime() + limit.toNanos();
            while (loop.state() != Loop.State.STOPPED && System.nanoTime() - deadline < 0) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "kairos-jvm-exit");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is exiting already: the session is stopped by whoever started it
        }
        return new ExitHook(hook);
    }

    /** The session stopped: the hook is not needed any more. */
    public void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs, finds the session stopped and returns
        }
    }
}
