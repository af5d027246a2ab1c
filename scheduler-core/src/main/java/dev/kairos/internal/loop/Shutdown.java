package dev.kairos.internal.loop;

import dev.kairos.condition.Condition;
import dev.kairos.log.LogRecord;
import dev.kairos.task.TaskDefinition.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a session ends: its shutdown condition, the wait for runs once stopping began, and the last
 * step, which terminates what is left and lets the launchers and the log go. Session thread only.
 */
final class Shutdown {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.Session");

    private final Condition condition;
    private final Duration wait;
    private final Evaluator evaluator;
    private final TaskIndex tasks;
    private final RunBook runs;
    private Instant conditionWake = Instant.MAX;
    private Instant deadline;

    Shutdown(LoopSettings settings, Evaluator evaluator, TaskIndex tasks, RunBook runs) {
        this.condition = settings.shutdownCondition();
        this.wait = settings.shutdownWait();
        this.evaluator = evaluator;
        this.tasks = tasks;
        this.runs = runs;
    }

    /** Why the session must stop now by its shutdown condition, or null if it must not. */
    String conditionHolds(Instant now) {
        if (condition == null) {
            return null;
        }
        SessionContext ctx = evaluator.context(null, now);
        if (evaluator.test(condition, ctx, "shutdown")) {
            return "the shutdown condition holds: " + condition;
        }
        conditionWake = evaluator.nextChange(condition, ctx, "shutdown");
        return null;
    }

    /** Stopping begins: on-shutdown tasks are asked for, every task is looked at again. */
    void begin(Instant now, String why) {
        deadline = Decider.plus(now, wait);
        LOG.info("session stopping ({}); waiting up to {} for {} run(s)", why, wait, runs.liveCount());
        tasks.ask(Phase.ON_SHUTDOWN);
        tasks.touchAll();
    }

    /** When the shutdown machinery must look again: the condition's next change, or the wait's end. */
    Instant wake(Loop.State state) {
        return state == Loop.State.RUNNING ? conditionWake : state == Loop.State.STOPPING ? deadline : Instant.MAX;
    }

    /** Whether a stopping session can stop now: nothing left to wait for, or the wait is over. */
    boolean over(Instant now) {
        return runs.noneLive() && !tasks.asked(Phase.ON_SHUTDOWN) || !now.isBefore(deadline);
    }

    /** The runs still live, terminated: their records, the runs to stop are in {@code stops}. */
    List<LogRecord> terminateLeft(Instant now, List<RunState> stops) {
        List<LogRecord> records = new ArrayList<>();
        for (RunState r : runs.liveRuns()) {
            records.add(runs.terminate(r, now, "the session stopped before the run finished"));
            stops.add(r);
        }
        return records;
    }
}
