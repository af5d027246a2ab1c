package dev.kairos.internal.loop;

import dev.kairos.condition.Action;
import dev.kairos.internal.launch.Outcome;
import dev.kairos.internal.launch.Parameters;
import dev.kairos.internal.launch.RunContext;
import dev.kairos.log.LogRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The runs of a session from launch until their bodies return: the live ones, the terminated ones
 * still going, and the run ids. Each change returns the record it makes; writing it is the
 * caller's. Session thread only.
 */
final class RunBook {
    private final RunSupport support;
    /** Runs started and neither finished nor terminated. */
    private final Set<RunState> live = new LinkedHashSet<>();
    /** Runs terminated whose bodies have not returned yet. */
    private final Set<RunState> zombies = new LinkedHashSet<>();
    /** Run ids from a shared log, or null: then numbers after the highest one read. */
    private final Supplier<String> ids;
    private long lastRunId;

    RunBook(RunSupport support, Supplier<String> ids) {
        this.support = support;
        this.ids = ids;
    }

    /** A run id read from the log: new runs are numbered after the highest. */
    void noteRunId(String runId) {
        if (runId == null || runId.isEmpty() || runId.length() >= 19) {
            return;
        }
        long value = 0;
        for (int i = 0; i < runId.length(); i++) {
            int digit = Character.digit(runId.charAt(i), 10); // any decimal digit, as Long.parseLong reads them
            if (digit < 0) {
                return; // not a number: a run id of another writer, which a new id need not follow
            }
            value = value * 10 + digit;
        }
        lastRunId = Math.max(lastRunId, value);
    }

    /**
     * Starts a run of {@code t} at {@code start}, due since {@code due}; its record is
     * {@link RunState#startRecord()}. Null when the shared log has no run id to give now.
     */
    RunState launch(TaskState t, Instant start, Instant due, Instant deadline, Parameters parameters) {
        String runId = ids == null ? Long.toString(++lastRunId) : ids.get();
        if (runId == null) {
            return null;
        }
        RunState run = new RunState(t, runId, start, due, deadline, new RunContext(t.name, runId, start, parameters),
                support);
        t.runs.add(run);
        live.add(run);
        return run;
    }

    /**
     * The launches whose records were written; the others never started ({@code undo} hears each,
     * and a run that was asked for is asked again).
     */
    List<RunState> unlaunchRefused(List<RunState> launches, Set<LogRecord> refused, Consumer<RunState> undo) {
        List<RunState> go = new ArrayList<>(launches.size());
        for (RunState r : launches) {
            if (refused.contains(r.startRecord())) {
                unlaunch(r);
                r.task.unask(r.asked);
                undo.accept(r);
            } else {
                go.add(r);
            }
        }
        return go;
    }

    /** A launched run whose record could not be written: it never started. */
    void unlaunch(RunState r) {
        r.task.runs.remove(r);
        live.remove(r);
    }

    /** Terminates a live run; returns its {@code terminate} record. */
    LogRecord terminate(RunState r, Instant now, String why) {
        r.terminated = true;
        live.remove(r);
        zombies.add(r);
        return LogRecord.finished(r.task.name, r.runId, Action.TERMINATE, r.start, now, why, null);
    }

    /**
     * A run's body returned: its finish record, unless the run was terminated before (then its
     * outcome is not recorded).
     */
    Optional<LogRecord> returned(Event.Finished f) {
        RunState r = f.run();
        r.task.runs.remove(r);
        if (r.terminated) {
            zombies.remove(r);
            return Optional.empty();
        }
        live.remove(r);
        Outcome o = f.outcome();
        Instant end = f.end().isBefore(r.start) ? r.start : f.end();
        return Optional.of(LogRecord.finished(r.task.name, r.runId, o.action(), r.start, end, o.message(),
                o.exception()));
    }

    boolean noneLive() {
        return live.isEmpty();
    }

    int liveCount() {
        return live.size();
    }

    /** The live runs, as a copy. */
    List<RunState> liveRuns() {
        return new ArrayList<>(live);
    }

    /** The runs whose bodies have not returned: the live ones, and if asked the terminated ones. */
    Set<RunState> unreturned(boolean terminatedToo) {
        Set<RunState> out = new HashSet<>(live);
        if (terminatedToo) {
            out.addAll(zombies);
        }
        return out;
    }

    /** The runs whose bodies have not returned, for error messages. */
    List<String> describeUnreturned() {
        List<String> out = new ArrayList<>();
        live.forEach(r -> out.add(r.toString()));
        zombies.forEach(r -> out.add(r + " (terminated)"));
        return out;
    }
}
