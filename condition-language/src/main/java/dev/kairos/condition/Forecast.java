package dev.kairos.condition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The next instants a condition holds, if its task runs (starts and succeeds at once) each time and
 * no other task runs: follows {@link Condition#nextChange} from change to change.
 */
final class Forecast {
    private static final Duration HORIZON = Duration.ofDays(3_653);
    private static final int MAX_STEPS = 100_000;

    private Forecast() {
    }

    static List<Instant> nextTrue(Condition condition, EvaluationContext context, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        List<Instant> found = new ArrayList<>();
        String task = context.taskName();
        Instant lastRun = null;
        Instant end = context.now().plus(HORIZON);
        Instant t = context.now();
        for (int step = 0; step < MAX_STEPS && found.size() < count && t.isBefore(end); step++) {
            EvaluationContext at = simulated(context, t, task, lastRun);
            if (condition.test(at)) {
                found.add(t);
                lastRun = t;
                at = simulated(context, t, task, lastRun);
            }
            Instant next = condition.nextChange(at);
            if (!next.isAfter(t) || next.equals(Condition.NEVER)) {
                break;
            }
            t = next;
        }
        return List.copyOf(found);
    }

    /** The context at {@code t} with the task's simulated last run laid over its history. */
    private static EvaluationContext simulated(EvaluationContext context, Instant t, String task, Instant lastRun) {
        return lastRun == null ? new ContextView(context, t)
                : new ContextView(context, t, task, real -> new Overlay(real, lastRun));
    }

    /** A history with one more run that started and succeeded at {@code at}. */
    private record Overlay(TaskHistory real, Instant at) implements TaskHistory {
        @Override
        public Instant latest(Action action) {
            Instant r = real.latest(action);
            boolean simulated = action == Action.RUN || action == Action.SUCCESS;
            return simulated && (r == null || r.isBefore(at)) ? at : r;
        }

        @Override
        public Instant latestBefore(Action action, Instant end) {
            Instant r = real.latestBefore(action, end);
            boolean simulated = (action == Action.RUN || action == Action.SUCCESS) && at.isBefore(end);
            return simulated && (r == null || r.isBefore(at)) ? at : r;
        }

        @Override
        public int liveRuns() {
            return real.liveRuns();
        }

        @Override
        public Instant oldestLiveStart() {
            return real.oldestLiveStart();
        }

        @Override
        public Instant newestLiveStart() {
            return real.newestLiveStart();
        }

        @Override
        public int failuresInARow() {
            return 0;
        }
    }
}
