package dev.kairos.internal.loop;

import dev.kairos.condition.time.Durations;
import dev.kairos.internal.launch.Parameters;
import dev.kairos.internal.launch.Results;
import dev.kairos.task.TaskDefinition.Phase;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Looks at one task at one instant: which of its runs must stop (timeout, end condition), whether
 * a new run starts (asked for, or its start condition holds, and a slot is free), and when to look
 * at it again. Adds what it decides to the pass's {@link Decisions}. Session thread only.
 */
final class Decider {
    /** What the session's phase allows a pass to start. */
    enum Gate {
        /** Everything: the session runs and its startup tasks are done. */
        ALL,
        /** Runs asked for, but no scheduled starts: startup tasks are still going. */
        ASKED_ONLY,
        /** Only asked runs of on-shutdown tasks: the session is stopping. */
        SHUTDOWN_ONLY
    }

    private final Evaluator evaluator;
    private final RunBook runs;
    private final Lanes lanes;
    private final TaskIndex tasks;
    private final Map<String, Object> parameters;
    private final Results results;
    private final Duration recheck;
    private final Recorder recorder;

    Decider(Evaluator evaluator, RunBook runs, Lanes lanes, TaskIndex tasks, Map<String, Object> parameters,
            Results results, Duration recheck, Recorder recorder) {
        this.recheck = recheck;
        this.recorder = recorder;
        this.evaluator = evaluator;
        this.runs = runs;
        this.lanes = lanes;
        this.tasks = tasks;
        this.parameters = parameters;
        this.results = results;
    }

    void look(TaskState t, Instant now, Gate gate, Decisions.Builder out) {
        Instant wake = Instant.MAX;
        SessionContext ctx = null;
        boolean stopAll = t.terminateAsked;
        t.terminateAsked = false;
        for (RunState r : t.runs) {
            if (r.terminated) {
                continue;
            }
            if (stopAll) {
                out.stop(r, runs.terminate(r, now, "terminated on request"));
                continue;
            }
            if (r.deadline != null && !now.isBefore(r.deadline)) {
                out.stop(r, runs.terminate(r, now, "timeout: the run took longer than " + Durations.format(t.timeout)));
                continue;
            }
            if (t.end != null) {
                ctx = ctx == null ? evaluator.taskContext(t, now) : ctx;
                if (evaluator.test(t.end, ctx, "end")) {
                    out.stop(r, runs.terminate(r, now, "the end condition holds: " + t.end));
                    continue;
                }
                wake = min(wake, evaluator.nextChange(t.end, ctx, "end"));
            }
            wake = min(wake, r.deadline);
        }
        if (t.active && !t.disabled && (t.definition.multilaunch() || t.runs.isEmpty() && !runsElsewhere(t))) {
            boolean asked = !t.requests.isEmpty() && (gate != Gate.SHUTDOWN_ONLY || t.phase() == Phase.ON_SHUTDOWN);
            boolean go = asked;
            if (!asked && gate == Gate.ALL && t.phase() == Phase.SCHEDULED && t.start != null) {
                ctx = ctx == null ? evaluator.taskContext(t, now) : ctx;
                go = evaluator.test(t.start, ctx, "start");
                if (!go) {
                    wake = min(wake, evaluator.nextChange(t.start, ctx, "start"));
                }
            }
            if (go) {
                Lane lane = lanes.of(t.execution);
                if (lane.hasRoom()) {
                    lane.take();
                    if (!start(t, asked ? t.requests.poll() : null, now, out)) {
                        lane.release();
                        wake = min(wake, plus(now, recheck));
                    }
                } else {
                    lane.await(t);
                }
            }
        }
        tasks.schedule(t, wake);
    }

    /**
     * Starts a run, asked for with {@code asked} (null: the start condition holds); false when no
     * run id could be had (the ask is kept for a later pass).
     */
    private boolean start(TaskState t, Map<String, Object> asked, Instant now, Decisions.Builder out) {
        Parameters p = new Parameters(asked == null ? Map.of() : asked, t.definition.parameters(), parameters,
                results);
        Instant due = t.dueSince != null && t.dueSince.isBefore(now) ? t.dueSince : now;
        RunState run = runs.launch(t, now, due, t.timeout == null ? null : plus(now, t.timeout), p);
        if (run == null) {
            t.unask(asked);
            return false;
        }
        run.asked = asked;
        out.launch(run);
        return true;
    }

    /** If a shared log fenced the session, which may not keep its runs: every live run is terminated. */
    void fence(Instant now, Decisions.Builder out) {
        if (!recorder.fenced()) {
            return;
        }
        for (RunState r : runs.liveRuns()) {
            out.stop(r, runs.terminate(r, now, "fenced: the shared task log could not renew this session's "
                    + "claim in time, so another session may take the task over"));
        }
    }

    /** Whether another session sharing the log has a run of the task open (its runs are not in {@code t.runs}). */
    private boolean runsElsewhere(TaskState t) {
        return recorder.shared() && evaluator.history(t).liveRuns() > 0;
    }

    private static Instant min(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    static Instant plus(Instant at, Duration d) {
        try {
            return at.plus(d);
        } catch (ArithmeticException | DateTimeException e) {
            return Instant.MAX;
        }
    }
}
