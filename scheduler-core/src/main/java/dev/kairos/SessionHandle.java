package dev.kairos;

import java.time.Duration;

/**
 * A session running on a thread of its own ({@link Session#startInBackground()}). Closing the
 * handle shuts the session down and waits for it.
 */
public interface SessionHandle extends AutoCloseable {

    /** The session. */
    Session session();

    /** Asks for a graceful shutdown and returns at once. */
    void shutdown();

    /**
     * Waits until the session has stopped, at most {@code limit} (real time).
     *
     * @return whether it has stopped
     * @throws InterruptedException if the waiting thread is interrupted
     */
    boolean awaitStop(Duration limit) throws InterruptedException;

    /** Whether the session thread is still running. */
    boolean isRunning();

    /**
     * Shuts down and waits until the session has stopped.
     *
     * @throws SessionFailedException if the session stopped because of a fatal error
     */
    @Override
    void close();
}
