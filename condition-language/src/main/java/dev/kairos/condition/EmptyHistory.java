package dev.kairos.condition;

import java.time.Instant;

/** The history of a task that never ran. */
enum EmptyHistory implements TaskHistory {
    INSTANCE;

    @Override
    public Instant latest(Action action) {
        return null;
    }

    @Override
    public Instant latestBefore(Action action, Instant end) {
        return null;
    }

    @Override
    public int liveRuns() {
        return 0;
    }

    @Override
    public Instant oldestLiveStart() {
        return null;
    }

    @Override
    public Instant newestLiveStart() {
        return null;
    }

    @Override
    public int failuresInARow() {
        return 0;
    }
}
