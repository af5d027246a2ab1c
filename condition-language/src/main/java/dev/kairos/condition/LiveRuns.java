package dev.kairos.condition;

import dev.kairos.condition.InMemoryHistory.OpenRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runs of one task that started and have not finished, and its failures in a row, kept record
 * by record for a {@link TaskHistory}. A finish closes the live run with its run id, or, without
 * one, the oldest live run; {@code success}, {@code terminate} and {@code inaction} end a failure
 * streak, {@code crash} leaves it. Records are expected in the order they happened. Not thread-safe.
 */
final class LiveRuns {
    /** Marks the keys of runs recorded without a run id. */
    private static final String ANONYMOUS = "\u0000";

    private final LinkedHashMap<String, Instant> live = new LinkedHashMap<>(4);
    private final TreeMap<Instant, Integer> starts = new TreeMap<>();
    private long anonymous;
    private int failuresInARow;

    /** Takes one record into account. */
    void add(Action action, Instant at, String runId) {
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

    /** The runs that started and never finished, in the order they were first recorded. */
    List<OpenRun> open() {
        List<OpenRun> open = new ArrayList<>(live.size());
        live.forEach((key, start) -> open.add(new OpenRun(key.startsWith(ANONYMOUS) ? null : key, start)));
        return List.copyOf(open);
    }

    int count() {
        return live.size();
    }

    Instant oldestStart() {
        return starts.isEmpty() ? null : starts.firstKey();
    }

    Instant newestStart() {
        return starts.isEmpty() ? null : starts.lastKey();
    }

    int failuresInARow() {
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
