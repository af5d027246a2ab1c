package dev.kairos.log;

import dev.kairos.condition.Action;
import dev.kairos.condition.TaskHistory;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** What the conditions need to know of one task, kept up to date record by record. */
final class TaskStatus implements TaskHistory {
    private final int depth;
    private final EnumMap<Action, RecentInstants> recent = new EnumMap<>(Action.class);
    /** Live runs by run id (or a made-up key for records without one), with their start. */
    private final LinkedHashMap<String, Instant> live = new LinkedHashMap<>(4);
    private final TreeMap<Instant, Integer> liveStarts = new TreeMap<>();
    private int failuresInARow;
    private long anonymous;

    TaskStatus(int depth) {
        this.depth = depth;
    }

    void add(LogRecord r) {
        recent.computeIfAbsent(r.action(), a -> new RecentInstants(depth)).add(r.created());
        switch (r.action()) {
            case RUN -> open(r.runId() != null ? r.runId() : "\u0000" + anonymous++, r.created());
            case FAIL -> {
                failuresInARow++;
                close(r.runId());
            }
            case SUCCESS, TERMINATE, INACTION -> {
                failuresInARow = 0;
                close(r.runId());
            }
            case CRASH -> close(r.runId());
        }
    }

    /** The runs that started and never finished: run id (null for none) to start. */
    Map<String, Instant> openRuns() {
        Map<String, Instant> open = new LinkedHashMap<>();
        live.forEach((k, v) -> open.put(k.startsWith("\u0000") ? null : k, v));
        return open;
    }

    private void open(String key, Instant start) {
        Instant previous = live.put(key, start);
        if (previous != null) {
            removeStart(previous);
        }
        liveStarts.merge(start, 1, Integer::sum);
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
        liveStarts.computeIfPresent(start, (k, n) -> n == 1 ? null : n - 1);
    }

    @Override
    public Instant latest(Action action) {
        RecentInstants r = recent.get(action);
        return r == null ? null : r.latest();
    }

    @Override
    public Instant latestBefore(Action action, Instant end) {
        RecentInstants r = recent.get(action);
        return r == null ? null : r.latestBefore(end);
    }

    @Override
    public int liveRuns() {
        return live.size();
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
        return failuresInARow;
    }
}
