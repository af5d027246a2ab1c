package dev.kairos.run;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The runs of a session from launch until their bodies return, and what the current pass has to
 * write, start and stop. Session thread only.
 */
final class RunBook {
    /** The records the pass made; written together before any of its runs starts or stops. */
    final List<LogRecord> records = new ArrayList<>();
    /** Runs the pass launched, handed to their threads once the records are written. */
    final List<RunState> launches = new ArrayList<>();
    /** Runs the pass terminated, told to stop once the records are written. */
    final List<RunState> stops = new ArrayList<>();
    /** Runs started and neither finished nor terminated. */
    private final Set<RunState> live = new LinkedHashSet<>();
    /** Runs terminated whose bodies have not returned yet. */
    private final Set<RunState> zombies = new LinkedHashSet<>();
    private long lastRunId;

    /** A run id read from the log: new runs are numbered after the highest. */
    void noteRunId(String runId) {
        if (runId != null && !runId.isEmpty() && runId.length() < 19 && runId.chars().allMatch(Character::isDigit)) {
            lastRunId = Math.max(lastRunId, Long.parseLong(runId));
        }
    }

    /** Starts a run of {@code t} at {@code start}: its record is made and it joins the launches. */
    RunState launch(TaskState t, Instant start, Instant deadline, Parameters parameters) {
        String runId = Long.toString(++lastRunId);
        RunState run = new RunState(t, runId, start, deadline, t.execution,
                new RunContext(t.name, runId, start, parameters));
        t.runs.add(run);
        live.add(run);
        records.add(LogRecord.started(t.name, runId, start));
        launches.add(run);
        return run;
    }

    /** A launched run whose record could not be written: it never started. */
    void unlaunch(RunState r) {
        r.task.runs.remove(r);
        live.remove(r);
    }

    /** Terminates a live run: a {@code terminate} record, and the run joins the stops. */
    void terminate(RunState r, Instant now, String why) {
        r.terminated = true;
        live.remove(r);
        zombies.add(r);
        stops.add(r);
        records.add(LogRecord.finished(r.task.name, r.runId, Action.TERMINATE, r.start, now, why, null));
    }

    /**
     * A run's body returned: its finish record is made, unless the run was terminated before.
     *
     * @return whether the outcome was recorded (false for a terminated run)
     */
    boolean returned(Event.Finished f) {
        RunState r = f.run();
        r.task.runs.remove(r);
        if (r.terminated) {
            zombies.remove(r);
            return false;
        }
        live.remove(r);
        Outcome o = f.outcome();
        Instant end = f.end().isBefore(r.start) ? r.start : f.end();
        records.add(LogRecord.finished(r.task.name, r.runId, o.action(), r.start, end, o.message(), o.exception()));
        return true;
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
