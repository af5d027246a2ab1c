package dev.kairos.dashboard;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open event stream's queue. The feed offers and never waits: a page too slow to keep up is
 * ended (its browser reconnects and asks for what it missed).
 */
final class Subscriber {
    /** What a stream is told besides records. */
    enum Event { CHANGED, END }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
    private volatile boolean overflowed;

    void record(RecordRing.Entry entry) {
        offer(entry);
    }

    void changed() {
        offer(Event.CHANGED);
    }

    void end() {
        queue.clear();
        queue.offer(Event.END);
    }

    private void offer(Object o) {
        if (!queue.offer(o)) {
            overflowed = true;
            end();
        }
    }

    boolean overflowed() {
        return overflowed;
    }

    /** The next item, or null after {@code seconds} without one. */
    Object next(int seconds) throws InterruptedException {
        return queue.poll(seconds, TimeUnit.SECONDS);
    }
}
