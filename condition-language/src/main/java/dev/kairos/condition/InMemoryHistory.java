package dev.kairos.condition;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
        private final Map<String, Instant> liveById = new LinkedHashMap<>();
        private final TreeMap<Instant, Integer> liveStarts = new TreeMap<>();
        private int anonymous;
        private int failStreak;

        void add(Action action, Instant at, String runId) {
            times.computeIfAbsent(action, a -> new TreeSet<>()).add(at);
            switch (action) {
                case RUN -> {
                    String key = runId != null ? runId : "\u0000anonymous-" + anonymous++;
                    Instant previous = liveById.put(key, at);
                    if (previous != null) {
                        removeStart(previous);
                    }
                    liveStarts.merge(at, 1, Integer::sum);
                }
                case FAIL -> {
                    failStreak++;
                    close(runId);
                }
                case SUCCESS, TERMINATE, INACTION -> {
                    failStreak = 0;
                    close(runId);
                }
                case CRASH -> close(runId);
            }
        }

        private void close(String runId) {
            Instant start = null;
            if (runId != null) {
                start = liveById.remove(runId);
            }
            if (start == null && runId == null && !liveById.isEmpty()) {
                String oldest = null;
                for (Map.Entry<String, Instant> e : liveById.entrySet()) {
                    if (oldest == null || e.getValue().isBefore(liveById.get(oldest))) {
                        oldest = e.getKey();
                    }
                }
                start = liveById.remove(oldest);
            }
            if (start != null) {
                removeStart(start);
            }
        }

        private void removeStart(Instant start) {
            liveStarts.computeIfPresent(start, (k, n) -> n == 1 ? null : n - 1);
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
            return liveById.size();
        }

        @Override
        public Instant oldestLiveStart() {
            return liveStarts.isEmpty() ? null : liveStarts.firstKey();
        }

        @Override
        public Instant newestLiveStart() {
            return liveStarts.isEmpty() ? null : liveStarts.lastKey();
        }

        @Override
        public int failuresInARow() {
            return failStreak;
        }
    }
}
