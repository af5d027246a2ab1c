package dev.kairos.run;

import dev.kairos.Session;
import dev.kairos.SessionFailedException;
import dev.kairos.SessionHandle;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A session running on its own thread. */
final class BackgroundHandle implements SessionHandle {
    private final Engine engine;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile RuntimeException failure;

    BackgroundHandle(Engine engine) {
        this.engine = engine;
    }

    /** The loop of an opened session, on the session thread. */
    void run() {
        try {
            engine.passUntilStopped();
            engine.fatal().ifPresent(f -> failure = new SessionFailedException(
                    "the session stopped on a fatal error: " + f.getMessage(), f));
        } catch (RuntimeException | Error e) {
            engine.loop().abort(e);
            failure = new SessionFailedException("the session loop failed: " + e, e);
        } finally {
            stopped.countDown();
        }
    }

    @Override
    public Session session() {
        return engine;
    }

    @Override
    public void shutdown() {
        engine.shutdown();
    }

    @Override
    public boolean awaitStop(Duration limit) throws InterruptedException {
        return stopped.await(limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public boolean isRunning() {
        return stopped.getCount() > 0;
    }

    @Override
    public void close() {
        shutdown();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
