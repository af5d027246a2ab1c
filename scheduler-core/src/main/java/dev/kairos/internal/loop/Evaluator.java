package dev.kairos.internal.loop;

import dev.kairos.condition.Condition;
import dev.kairos.condition.TaskHistory;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates conditions for the loop, guarded: a condition that throws is logged and taken as false
 * (and checked again after the recheck interval), or, when condition errors are fatal, reported
 * to the loop as fatal.
 */
final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.Session");

    private final LoopSettings settings;
    private final StatusCache cache;
    private final Map<String, Object> parameters;
    private Instant started;
    private long cycles;
    private RuntimeException fatal;

    Evaluator(LoopSettings settings, StatusCache cache, Map<String, Object> parameters) {
        this.settings = settings;
        this.cache = cache;
        this.parameters = parameters;
    }

    void pass(Instant started, long cycles) {
        this.started = started;
        this.cycles = cycles;
    }

    SessionContext context(String task, Instant now) {
        return new SessionContext(now, settings.zone(), task, null, cache, parameters, started, cycles,
                settings.recheckInterval());
    }

    /** As {@link #context(String, Instant)} for a bound task, whose own history is kept on it. Session thread only. */
    SessionContext taskContext(TaskState t, Instant now) {
        return new SessionContext(now, settings.zone(), t.name, history(t), cache, parameters, started, cycles,
                settings.recheckInterval());
    }

    /** The history of a task, as conditions see it. */
    TaskHistory history(String task) {
        return cache.history(task);
    }

    /**
     * The history of a bound task, as conditions see it: a task with records keeps its live history
     * (it follows later records) until the cache loads another whole history. Session thread only.
     */
    TaskHistory history(TaskState t) {
        Object source = cache.source();
        if (t.historyOf != source) {
            TaskHistory h = cache.history(t.name);
            if (h == TaskHistory.empty()) {
                return h; // no record yet: the first one makes another object
            }
            t.history = h;
            t.historyOf = source;
        }
        return t.history;
    }

    boolean test(Condition c, SessionContext ctx, String what) {
        try {
            return c.test(ctx);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            failed(ctx, what, c, e);
            return false;
        }
    }

    /** The next change, strictly after now; the recheck interval when it cannot be known. */
    Instant nextChange(Condition c, SessionContext ctx, String what) {
        try {
            Instant next = c.nextChange(ctx);
            if (next == null || !next.isAfter(ctx.now())) {
                return ctx.now().plus(settings.recheckInterval());
            }
            return next;
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            failed(ctx, what, c, e);
            return ctx.now().plus(settings.recheckInterval());
        }
    }

    /** The fatal error met since the last call, if any; clears it. */
    RuntimeException takeFatal() {
        RuntimeException f = fatal;
        fatal = null;
        return f;
    }

    private void failed(SessionContext ctx, String what, Condition c, Throwable e) {
        String who = ctx.taskName() == null ? "the shutdown condition" : "the " + what + " condition of task '"
                + ctx.taskName() + "'";
        if (settings.conditionErrorsFatal()) {
            LOG.error("{} failed ({}): {}; the session stops (onConditionError FATAL)", who, c, e.toString(), e);
            if (fatal == null) {
                fatal = new IllegalStateException(who + " failed: " + e.getMessage(), e);
            }
        } else {
            LOG.error("{} failed ({}): {}; taken as false", who, c, e.toString(), e);
        }
    }
}
