package dev.kairos.log;

import dev.kairos.condition.Action;
import dev.kairos.condition.TaskHistory;
import dev.kairos.condition.internal.LiveRuns;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** What the conditions need to know of one task, kept up to date record by record. */
final class TaskStatus implements TaskHistory {
    private final int depth;
    private final EnumMap<Action, RecentInstants> recent = new EnumMap<>(Action.class);
    private final LiveRuns runs = new LiveRuns();

    TaskStatus(int depth) {
        this.depth = depth;
    }

    void add(LogRecord r) {
        recent.computeIfAbsent(r.action(), a -> new RecentInstants(depth)).add(r.created());
        runs.add(r.action(), r.created(), r.runId());
    }

    /** The runs that started and never finished: run id (null for none) to start. */
    Map<String, Instant> openRuns() {
        return runs.open();
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
