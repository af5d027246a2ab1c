package dev.kairos;

import dev.kairos.internal.loop.ExitHook;
import dev.kairos.internal.loop.Loop;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A session running on its own thread. */
final class BackgroundHandle implements SessionHandle {
    private final Engine engine;
    private final Loop loop;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ExitHook exit;
    private volatile RuntimeException failure;

    BackgroundHandle(Engine engine, Loop loop, ExitHook exit) {
        this.engine = engine;
        this.loop = loop;
        this.exit = exit;
    }

    /** The loop of an opened session, on the session thread. */
    void run() {
        try {
            loop.run();
            engine.failure().ifPresent(f -> failure = f);
        } catch (RuntimeException | Error e) {
            loop.abort(e);
            failure = new SessionFailedException("the session loop failed: " + e, e);
        } finally {
            exit.remove();
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
