package dev.kairos.internal.loop;

import java.time.Instant;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * Tasks by the instant they must be looked at again. Rescheduling leaves the old entry behind; an
 * entry whose instant is no longer its task's {@code wakeAt} is skipped (lazy deletion), so every
 * operation is O(log n).
 */
final class WakeQueue {
    private record Entry(Instant at, TaskState task) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            return at.compareTo(o.at);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    /** How many tasks have an instant; the queue is compacted when stale entries outnumber them. */
    private int scheduled;

    /** Queues the task for {@code at} (null: not at all), replacing its previous instant. */
    void schedule(TaskState task, Instant at) {
        if (at == null || at.equals(Instant.MAX)) {
            if (task.wakeAt != null) {
                scheduled--;
                task.wakeAt = null;
            }
            return;
        }
        if (at.equals(task.wakeAt)) {
            return;
        }
        if (task.wakeAt == null) {
            scheduled++;
        }
        task.wakeAt = at;
        queue.add(new Entry(at, task));
        if (queue.size() > 4 * scheduled + 1024) {
            queue.removeIf(e -> !e.at.equals(e.task.wakeAt));
        }
    }

    /** Hands over every task whose instant is {@code now} or earlier, with that instant, and unqueues them. */
    void takeDue(Instant now, BiConsumer<TaskState, Instant> sink) {
        while (!queue.isEmpty() && !queue.peek().at.isAfter(now)) {
            Entry e = queue.poll();
            if (e.at.equals(e.task.wakeAt)) {
                e.task.wakeAt = null;
                scheduled--;
                sink.accept(e.task, e.at);
            }
        }
    }

    /** The earliest instant a live entry is queued for, or {@link Instant#MAX}. */
    Instant next() {
        while (!queue.isEmpty()) {
            Entry e = queue.peek();
            if (e.at.equals(e.task.wakeAt)) {
                return e.at;
            }
            queue.poll();
        }
        return Instant.MAX;
    }
}
