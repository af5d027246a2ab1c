package dev.kairos.internal.loop;

import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The events other threads post to the session thread, in order. The session thread takes them with
 * {@link #next}; a wait that ends on an event keeps the event for the next pass.
 */
final class Inbox {
    private final LinkedBlockingQueue<Event> posted = new LinkedBlockingQueue<>();
    /** Events taken off the queue by a wait, before any still queued. */
    private final ArrayDeque<Event> held = new ArrayDeque<>();

    /** From any thread. */
    void post(Event event) {
        posted.add(event);
    }

    boolean isEmpty() {
        return held.isEmpty() && posted.isEmpty();
    }

    /** The next event, or null if there is none. */
    Event next() {
        Event e = held.poll();
        return e != null ? e : posted.poll();
    }

    /**
     * Waits up to {@code nanos} of real time for an event and keeps it for {@link #next}.
     *
     * @return whether one came
     */
    boolean await(long nanos) throws InterruptedException {
        Event e = posted.poll(nanos, TimeUnit.NANOSECONDS);
        if (e != null) {
            held.add(e);
        }
        return e != null;
    }

    /**
     * Waits until every run of {@code waiting} has posted that it finished, or the real-time
     * {@code deadline} ({@link System#nanoTime} terms) passes; keeps every event for {@link #next}.
     * Removes from {@code waiting} the runs that finished.
     *
     * @return whether all did
     */
    boolean awaitFinished(Set<RunState> waiting, long deadline) throws InterruptedException {
        held.forEach(e -> finished(e, waiting));
        posted.forEach(e -> finished(e, waiting));
        while (!waiting.isEmpty()) {
            long left = deadline - System.nanoTime();
            Event e = left <= 0 ? null : posted.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) {
                return false;
            }
            held.add(e);
            finished(e, waiting);
        }
        return true;
    }

    private static void finished(Event e, Set<RunState> waiting) {
        if (e instanceof Event.Finished f) {
            waiting.remove(f.run());
        }
    }
}
