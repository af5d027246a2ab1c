package dev.kairos.internal.loop;

import dev.kairos.run.Launcher;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The runs of one execution: its launcher, the slots in use (from launch until the body returns,
 * terminated runs included) and the tasks waiting for a slot, highest priority first. Session
 * thread only, except {@link #inUse()}.
 */
final class Lane {
    private final Launcher launcher;
    private final int capacity;
    private final PriorityQueue<TaskState> waiting = new PriorityQueue<>(TaskIndex.PRIORITY);
    private final Set<TaskState> queued = new HashSet<>();
    private volatile int taken;

    Lane(Launcher launcher) {
        this.launcher = launcher;
        this.capacity = launcher.capacity();
        if (capacity < 1) {
            throw new IllegalArgumentException("a launcher's capacity must be 1 or more, was " + capacity + " ("
                    + launcher + ")");
        }
    }

    boolean hasRoom() {
        return taken < capacity;
    }

    /** Takes a slot for a run about to be launched. */
    void take() {
        taken++;
    }

    /** A run's body returned, or a run whose slot was taken did not start after all. */
    void release() {
        taken--;
    }

    /** How many slots are taken; from any thread. */
    int inUse() {
        return taken;
    }

    /** The task wants a slot and none is free: it is touched when one frees. */
    void await(TaskState t) {
        if (queued.add(t)) {
            waiting.add(t);
        }
    }

    /**
     * Touches the highest-priority waiting tasks, as many as slots are free, so that a returned run
     * wakes one waiting task rather than all of them.
     */
    void wake(Consumer<TaskState> touch) {
        for (long free = (long) capacity - taken; free > 0 && !waiting.isEmpty(); free--) {
            TaskState t = waiting.poll();
            queued.remove(t);
            touch.accept(t);
        }
    }

    /** Whether the task waits for a slot here. */
    boolean isWaiting(TaskState t) {
        return queued.contains(t);
    }

    int capacity() {
        return capacity;
    }

    Launcher launcher() {
        return launcher;
    }

    @Override
    public String toString() {
        return launcher + " (" + taken + " of " + (capacity == Launcher.UNLIMITED ? "unlimited" : capacity) + " in use)";
    }
}
