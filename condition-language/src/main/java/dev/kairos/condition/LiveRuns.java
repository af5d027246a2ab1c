package dev.kairos.condition;

import dev.kairos.condition.InMemoryHistory.OpenRun;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
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

    /** The only live run (its key and start) while there is at most one: the usual case, kept without maps. */
    private String oneKey;
    private Instant oneStart;
    /** The live runs when there are two or more (then {@link #oneKey} is null), else null. */
    private LinkedHashMap<String, Instant> live;
    /** How many live runs started at each instant, beside {@link #live}. */
    private TreeMap<Instant, Integer> starts;
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
        if (live == null) {
            return oneKey == null ? List.of() : List.of(openRun(oneKey, oneStart));
        }
        List<OpenRun> open = new ArrayList<>(live.size());
        live.forEach((key, start) -> open.add(openRun(key, start)));
        return List.copyOf(open);
    }

    int count() {
        return live != null ? live.size() : oneKey == null ? 0 : 1;
    }

    Instant oldestStart() {
        return live != null ? starts.firstKey() : oneStart;
    }

    Instant newestStart() {
        return live != null ? starts.lastKey() : oneStart;
    }

    int failuresInARow() {
        return failuresInARow;
    }

    /** Writes the live runs in order, the counter of runs without a run id and the failures in a row. */
    void write(DataOutput out) throws IOException {
        if (live == null) {
            out.writeInt(oneKey == null ? 0 : 1);
            if (oneKey != null) {
                InMemoryHistory.writeText(out, oneKey);
                RecentInstants.writeInstant(out, oneStart);
            }
        } else {
            out.writeInt(live.size());
            for (Map.Entry<String, Instant> e : live.entrySet()) {
                InMemoryHistory.writeText(out, e.getKey());
                RecentInstants.writeInstant(out, e.getValue());
            }
        }
        out.writeLong(anonymous);
        out.writeInt(failuresInARow);
    }

    /** The runs {@link #write} wrote. */
    static LiveRuns read(DataInput in) throws IOException {
        LiveRuns runs = new LiveRuns();
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a negative number of live runs: " + count);
        }
        for (int i = 0; i < count; i++) {
            String key = InMemoryHistory.readText(in);
            runs.open(key, RecentInstants.readInstant(in));
        }
        if (runs.count() != count) {
            throw new IOException("a live run is listed twice");
        }
        runs.anonymous = in.readLong();
        runs.failuresInARow = in.readInt();
        if (runs.failuresInARow < 0) {
            throw new IOException("a negative number of failures in a row: " + runs.failuresInARow);
        }
        return runs;
    }

    private static OpenRun openRun(String key, Instant start) {
        return new OpenRun(key.startsWith(ANONYMOUS) ? null : key, start);
    }

    private void open(String key, Instant start) {
        if (live == null) {
            if (oneKey == null || oneKey.equals(key)) {
                oneKey = key;
                oneStart = start;
                return;
            }
            live = new LinkedHashMap<>(4);
            starts = new TreeMap<>();
            live.put(oneKey, oneStart);
            starts.put(oneStart, 1);
            oneKey = null;
            oneStart = null;
        }
        Instant previous = live.put(key, start);
        if (previous != null) {
            removeStart(previous);
        }
        starts.merge(start, 1, Integer::sum);
    }

    private void close(String runId) {
        if (live == null) {
            if (oneKey != null && (runId == null || runId.equals(oneKey))) {
                oneKey = null;
                oneStart = null;
            }
            return;
        }
        String key = runId;
        if (key == null || !live.containsKey(key)) {
            if (runId != null) {
                return;
            }
            key = oldestKey();
        }
        removeStart(live.remove(key));
        if (live.isEmpty()) {
            live = null;
            starts = null;
        }
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
