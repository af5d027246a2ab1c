package dev.kairos.condition;

import dev.kairos.condition.internal.LiveRuns;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The histories of many tasks, kept in memory and indexed so that every {@link TaskHistory} query
 * is logarithmic. For tests and tools (the command line replays a log file into one); the session
 * keeps its own bounded cache.
 *
 * <p>Records are expected in the order they happened. A finish ({@code success}, {@code fail},
 * {@code terminate}, {@code inaction}, {@code crash}) closes the live run with the same run id, or,
 * without a run id, the oldest live run. Not thread-safe.
 */
public final class InMemoryHistory {
    private final Map<String, Entry> tasks = new HashMap<>();

    /** Records that {@code task} had {@code action} at {@code at}, with no run id. */
    public InMemoryHistory record(String task, Action action, Instant at) {
        return record(task, action, at, null);
    }

    /** Records that {@code task} had {@code action} at {@code at} in run {@code runId} (may be null). */
    public InMemoryHistory record(String task, Action action, Instant at, String runId) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        tasks.computeIfAbsent(task, t -> new Entry()).add(action, at, runId);
        return this;
    }

    /** The history of a task; empty for a task never recorded. The view follows later records. */
    public TaskHistory of(String task) {
        Entry e = tasks.get(task);
        return e == null ? TaskHistory.empty() : e;
    }

    /** The names of the tasks recorded so far. */
    public java.util.Set<String> tasks() {
        return java.util.Set.copyOf(tasks.keySet());
    }

    private static final class Entry implements TaskHistory {
        private final Map<Action, TreeSet<Instant>> times = new EnumMap<>(Action.class);
        private final LiveRuns runs = new LiveRuns();

        void add(Action action, Instant at, String runId) {
            times.computeIfAbsent(action, a -> new TreeSet<>()).add(at);
            runs.add(action, at, runId);
        }

        @Override
        public Instant latest(Action action) {
            TreeSet<Instant> set = times.get(action);
            return set == null || set.isEmpty() ? null : set.last();
        }

        @Override
        public Instant latestBefore(Action action, Instant end) {
            TreeSet<Instant> set = times.get(action);
            return set == null ? null : set.lower(end);
        }

        @Override
        public int liveRuns() {
            return runs.count();
        }

        @Override
        public Instant oldestLiveStart() {
            return runs.oldestStart();
        }

        @Override
        public Instant newestLiveStart() {
            return runs.newestStart();
        }

        @Override
        public int failuresInARow() {
            return runs.failuresInARow();
        }
    }
}
