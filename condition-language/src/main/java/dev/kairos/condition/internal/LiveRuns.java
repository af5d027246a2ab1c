package dev.kairos.condition.internal;

import dev.kairos.condition.Action;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runs of one task that started and have not finished, and its failures in a row, kept record
 * by record for a {@link dev.kairos.condition.TaskHistory}. A finish closes the live run with its run
 * id, or, without one, the oldest live run; {@code success}, {@code terminate} and {@code inaction}
 * end a failure streak, {@code crash} leaves it. Records are expected in the order they happened.
 * Not thread-safe. Not API: shared by the in-memory history and the session's status cache.
 */
public final class LiveRuns {
    /** Marks the keys of runs recorded without a run id. */
    private static final String ANONYMOUS = "\u0000";

    private final LinkedHashMap<String, Instant> live = new LinkedHashMap<>(4);
    private final TreeMap<Instant, Integer> starts = new TreeMap<>();
    private long anonymous;
    private int failuresInARow;

    /** Takes one record into account. */
    public void add(Action action, Instant at, String runId) {
        switch (action) {
            case RUN -> open(runId != null ? runId : ANONYMOUS + anonymous++, at);
            case FAIL -> {
                failuresInARow++;
                close(runId);
            }
            case SUCCESS, TERMINATE, INACTION -> {
                failuresInARow = 0;
                close(runId);
            }
            case CRASH -> close(runId);
        }
    }

    /** The runs that started and never finished: run id ({@code null} for none) to start. */
    public Map<String, Instant> open() {
        Map<String, Instant> open = new LinkedHashMap<>();
        live.forEach((k, v) -> open.put(k.startsWith(ANONYMOUS) ? null : k, v));
        return open;
    }

    public int count() {
        return live.size();
    }

    public Instant oldestStart() {
        return starts.isEmpty() ? null : starts.firstKey();
    }

    public Instant newestStart() {
        return starts.isEmpty() ? null : starts.lastKey();
    }

    public int failuresInARow() {
        return failuresInARow;
    }

    private void open(String key, Instant start) {
        Instant previous = live.put(key, start);
        if (previous != null) {
            removeStart(previous);
        }
        starts.merge(start, 1, Integer::sum);
    }

    private void close(String runId) {
        String key = runId;
        if (key == null || !live.containsKey(key)) {
            if (runId != null || live.isEmpty()) {
                return;
            }
            key = oldestKey();
        }
        removeStart(live.remove(key));
    }

    private String oldestKey() {
        String oldest = null;
        Instant at = null;
        for (Map.Entry<String, Instant> e : live.entrySet()) {
            if (at == null || e.getValue().isBefore(at)) {
                oldest = e.getKey();
                at = e.getValue();
            }
        }
        return oldest;
    }

    private void removeStart(Instant start) {
        starts.computeIfPresent(start, (k, n) -> n == 1 ? null : n - 1);
    }
}
